SELECT 'tab\there', 'new\nline', 'back\\slash', 'quote''s';
SELECT ['tab\there', 'it''s'], ('a\\b', 1);
SELECT 'null\0byte' != '', length('a\0b');
SELECT concat('a', char(9), 'b');
