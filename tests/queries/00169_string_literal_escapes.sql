SELECT '\x41\x42', 'a\\nb', length('\\'), 'single''quote', 'back\'slash-quote';
SELECT 'line1\nline2', length('a\tb'), 'a\0b' = concat('a', '\0', 'b');
SELECT concat('x', '\'', 'y');
