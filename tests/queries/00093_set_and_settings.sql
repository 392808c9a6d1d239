SET max_block_size = 1000;
SELECT getSetting('max_block_size');
SELECT name, value, changed FROM system.settings WHERE name = 'max_block_size';
SELECT getSetting('max_block_size') SETTINGS max_block_size = 7;
SELECT getSetting('max_block_size');
SET no_such_setting_here = 1; -- { serverError UNKNOWN_SETTING }
SELECT 1 SETTINGS no_such_setting_here = 1; -- { serverError UNKNOWN_SETTING }
