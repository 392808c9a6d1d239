// Runs the official ClickHouse Node.js client (@clickhouse/client) against a server and prints what
// it got back, one line per step, so that NodeClientTest (tests/) can compare the output with
// expected-output.txt. Usage: node scenario.mjs <http url> <table suffix>
// The scenario runs twice: with HTTP compression of requests and responses, and without it.
import { createClient } from '@clickhouse/client';

const [url, suffix] = process.argv.slice(2);
if (!url || !suffix) {
  console.error('usage: node scenario.mjs <http url> <table suffix>');
  process.exit(2);
}

const rows = [
  { id: 1, name: 'alpha', score: 1.5, tags: ['a', 'b'], note: null, ts: '2024-01-02 03:04:05',
    day: '2024-01-02', amount: '12.3456', uid: '123e4567-e89b-12d3-a456-426614174000', kind: 'x',
    attrs: { k1: 1, k2: 2 } },
  { id: 2, name: 'beta "quoted"\ttab', score: -0.25, tags: [], note: 'n2', ts: '2024-02-03 04:05:06',
    day: '2024-02-03', amount: '-7.5', uid: '00000000-0000-0000-0000-000000000002', kind: 'y',
    attrs: {} },
  { id: 3, name: 'gamma\nline', score: 0, tags: ['c'], note: null, ts: '1970-01-01 00:00:00',
    day: '1970-01-01', amount: '0', uid: '00000000-0000-0000-0000-000000000003', kind: 'x',
    attrs: { k3: 3 } },
];

function show(label, value) {
  console.log(`${label}\t${JSON.stringify(value)}`);
}

async function scenario(mode, compression) {
  const client = createClient({
    url,
    username: 'default',
    password: '',
    compression,
    request_timeout: 60_000,
  });
  const table = `node_${suffix}_${mode}`;
  try {
    show(`${mode} ping`, (await client.ping()).success);

    await client.command({ query: `DROP TABLE IF EXISTS ${table}` });
    await client.command({
      query: `CREATE TABLE ${table} (
        id UInt32, name String, score Float64, tags Array(String), note Nullable(String),
        ts DateTime('UTC'), day Date, amount Decimal(18, 4), uid UUID, kind LowCardinality(String),
        attrs Map(String, UInt32)
      ) ENGINE = MergeTree ORDER BY id`,
    });

    await client.insert({ table, values: rows, format: 'JSONEachRow' });
    // a second insert naming only some columns: the others take their defaults
    await client.insert({ table, values: [{ id: 4, name: 'delta' }], format: 'JSONEachRow', columns: ['id', 'name'] });

    const json = await (await client.query({
      query: `SELECT id, name, tags, note, amount FROM ${table} ORDER BY id`,
      format: 'JSON',
    })).json();
    show(`${mode} JSON meta`, json.meta);
    show(`${mode} JSON data`, json.data);
    show(`${mode} JSON rows`, json.rows);

    const eachRow = await (await client.query({ query: `SELECT * FROM ${table} ORDER BY id`, format: 'JSONEachRow' })).json();
    for (const row of eachRow) show(`${mode} JSONEachRow`, row);

    // streamed results: the client splits the response into rows itself
    const streamed = [];
    const tsv = (await client.query({ query: `SELECT id, name, score, ts FROM ${table} ORDER BY id`, format: 'TabSeparated' })).stream();
    for await (const batch of tsv) for (const row of batch) streamed.push(row.text);
    show(`${mode} TabSeparated stream`, streamed);

    const objects = [];
    const eachRowStream = (await client.query({ query: `SELECT id, kind, day FROM ${table} ORDER BY id`, format: 'JSONEachRow' })).stream();
    for await (const batch of eachRowStream) for (const row of batch) objects.push(row.json());
    show(`${mode} JSONEachRow stream`, objects);

    const compact = await (await client.query({
      query: `SELECT id, name FROM ${table} ORDER BY id LIMIT 2`,
      format: 'JSONCompactEachRowWithNamesAndTypes',
    })).json();
    show(`${mode} JSONCompactEachRowWithNamesAndTypes`, compact);

    const params = await (await client.query({
      query: `SELECT id, name FROM ${table} WHERE has({ids: Array(UInt32)}, id) AND name != {skip: String} AND ts >= {since: DateTime} ORDER BY id`,
      format: 'JSONEachRow',
      query_params: { ids: [1, 2, 3], skip: "it's not", since: '1970-01-01 00:00:00' },
    })).json();
    show(`${mode} query_params`, params);

    const scalar = await (await client.query({
      query: 'SELECT {a: Int64} * 2 AS doubled, {s: String} AS s, {n: Nullable(String)} AS n',
      format: 'JSONEachRow',
      query_params: { a: -21, s: 'tab\there', n: null },
    })).json();
    show(`${mode} scalar params`, scalar);

    const settings = await (await client.query({
      query: 'SELECT number FROM system.numbers LIMIT 3',
      format: 'JSONEachRow',
      clickhouse_settings: { max_block_size: '1', output_format_json_quote_64bit_integers: 0 },
    })).json();
    show(`${mode} settings`, settings);

    const exec = await client.exec({ query: `SELECT count() FROM ${table} FORMAT TabSeparated` });
    let text = '';
    for await (const chunk of exec.stream) text += chunk.toString();
    show(`${mode} exec`, text);

    try {
      await client.query({ query: 'SELECT * FROM no_such_table_anywhere', format: 'JSONEachRow' });
      show(`${mode} error`, 'none');
    } catch (e) {
      show(`${mode} error`, { code: e.code, type: e.type });
    }

    await client.command({ query: `DROP TABLE ${table}` });
  } finally {
    await client.close();
  }
}

await scenario('plain', { request: false, response: false });
await scenario('compressed', { request: true, response: true });
