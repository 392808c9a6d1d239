SELECT toTypeName(1 + 1), 1 / 2, toDate('2024-02-29') + 1, [1, 2, 3], (1, 'a'), NULL;
