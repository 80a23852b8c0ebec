-- The SQL of the golden select/count statements, duckdb dialect (CompiledSQLGoldenTests).

-- select firms where financing includes crowdfunding group by country
SELECT t.grp AS country, t.n AS count, t.members AS firms
FROM (SELECT MIN(CASE WHEN c.country IS NULL THEN '(not given)' ELSE CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END END) AS grp, COUNT(*) AS n, string_agg(c.name, '; ' ORDER BY c.case_no) AS members, MIN(CASE WHEN c.country IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(CASE c.country WHEN 'AU' THEN 0 WHEN 'CA' THEN 1 WHEN 'DK' THEN 2 WHEN 'FI' THEN 3 WHEN 'FR' THEN 4 WHEN 'DE' THEN 5 WHEN 'IS' THEN 6 WHEN 'IL' THEN 7 WHEN 'JP' THEN 8 WHEN 'NL' THEN 9 WHEN 'NO' THEN 10 WHEN 'RU' THEN 11 WHEN 'SE' THEN 12 WHEN 'CH' THEN 13 WHEN 'GB' THEN 14 WHEN 'US' THEN 15 END) AS nk1, MIN(CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END) AS nk2 FROM cases AS c WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'crowdfunding') GROUP BY c.country) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- count firms group by country
SELECT t.grp AS country, t.n AS count
FROM (SELECT MIN(CASE WHEN c.country IS NULL THEN '(not given)' ELSE CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.country IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(CASE c.country WHEN 'AU' THEN 0 WHEN 'CA' THEN 1 WHEN 'DK' THEN 2 WHEN 'FI' THEN 3 WHEN 'FR' THEN 4 WHEN 'DE' THEN 5 WHEN 'IS' THEN 6 WHEN 'IL' THEN 7 WHEN 'JP' THEN 8 WHEN 'NL' THEN 9 WHEN 'NO' THEN 10 WHEN 'RU' THEN 11 WHEN 'SE' THEN 12 WHEN 'CH' THEN 13 WHEN 'GB' THEN 14 WHEN 'US' THEN 15 END) AS nk1, MIN(CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END) AS nk2 FROM cases AS c GROUP BY c.country) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where 融资渠道 includes 众筹
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'crowdfunding')
ORDER BY c.case_no;

-- select firms order by founded limit 3
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
ORDER BY CASE WHEN c.founded IS NULL THEN 1 ELSE 0 END, c.founded ASC, c.case_no
LIMIT 3;

-- count firms
SELECT COUNT(*) AS count
FROM cases AS c;

-- select firms
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
ORDER BY c.case_no;

-- select firms where country = 德国
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.country IS NOT NULL AND c.country = 'DE')
ORDER BY c.case_no;

-- select firms where country = DE
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.country IS NOT NULL AND c.country = 'DE')
ORDER BY c.case_no;

-- select firms where country = Germany
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.country IS NOT NULL AND c.country = 'DE')
ORDER BY c.case_no;

-- select firms order by founded desc limit 5
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
ORDER BY CASE WHEN c.founded IS NULL THEN 1 ELSE 0 END, c.founded DESC, c.case_no
LIMIT 5;

-- select firms where founded between 2010 and 2013 order by name
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.founded IS NOT NULL AND c.founded >= 2010 AND c.founded <= 2013)
ORDER BY lower(c.name) ASC, c.case_no;

-- select firms where employees = '201~300'
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.employees_low IS NOT NULL AND c.employees_low = 201 AND c.employees_high = 300)
ORDER BY c.case_no;

-- select firms where employees > 50 order by employees desc, name
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.employees_low IS NOT NULL AND c.employees_low > 50 AND c.employees_high > 50)
ORDER BY CASE WHEN c.employees_low IS NULL THEN 1 ELSE 0 END, c.employees_low DESC, c.employees_high DESC, lower(c.name) ASC, c.case_no;

-- select firms where financing includes public
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'public')
ORDER BY c.case_no;

-- select firms where financing includes any (debt, strategic_equity)
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor IN ('debt', 'strategic_equity'))
ORDER BY c.case_no;

-- select firms where financing includes all (public, society)
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'public') AND c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'society'))
ORDER BY c.case_no;

-- select firms where has org and has financing
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'org') AND c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'financing'))
ORDER BY c.case_no;

-- select firms where org includes advisory_committee or org includes rnd_department
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'advisory_committee') OR c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'rnd_department'))
ORDER BY c.case_no;

-- select firms where technical_service
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'technical_service')
ORDER BY c.case_no;

-- count firms where employees <= 50
SELECT COUNT(*) AS count
FROM cases AS c
WHERE (c.employees_low IS NOT NULL AND c.employees_low <= 50 AND c.employees_high <= 50);

-- count firms where employees > 20
SELECT COUNT(*) AS count
FROM cases AS c
WHERE (c.employees_low IS NOT NULL AND c.employees_low > 20 AND c.employees_high > 20);

-- select firms where field contains '能源' or field contains 'energy'
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE ((c.field IS NOT NULL AND (strpos(lower(c.field), '能源') > 0 OR strpos(lower(COALESCE(c.field_zh, '')), '能源') > 0)) OR (c.field IS NOT NULL AND (strpos(lower(c.field), 'energy') > 0 OR strpos(lower(COALESCE(c.field_zh, '')), 'energy') > 0)))
ORDER BY c.case_no;

-- select firms where name in ('IN OVO', AXELSPACE, "nova innovation")
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.name IN ('IN OVO') OR c.name IN ('AXELSPACE') OR c.name IN ('NOVA INNOVATION'))
ORDER BY c.case_no;

-- select firms where country not in (US, JP, DE)
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE NOT (((c.country IS NOT NULL AND c.country = 'US') OR (c.country IS NOT NULL AND c.country = 'JP') OR (c.country IS NOT NULL AND c.country = 'DE')))
ORDER BY c.case_no;

-- select firms where (has org or has financing) and not country = GB
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE ((c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'org') OR c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'financing')) AND NOT ((c.country IS NOT NULL AND c.country = 'GB')))
ORDER BY c.case_no;

-- count firms where management includes customer_training
SELECT COUNT(*) AS count
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'customer_training');

-- count firms group by employees
SELECT t.grp AS employees, t.n AS count
FROM (SELECT MIN(CASE WHEN c.employees_low IS NULL THEN '(not given)' ELSE c.employees END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.employees_low IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(c.employees_low) * 1048576 + MIN(c.employees_high) AS nk1, MIN(c.employees) AS nk2 FROM cases AS c GROUP BY c.employees) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- count firms group by country order by count desc limit 3
SELECT t.grp AS country, t.n AS count
FROM (SELECT MIN(CASE WHEN c.country IS NULL THEN '(not given)' ELSE CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.country IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(CASE c.country WHEN 'AU' THEN 0 WHEN 'CA' THEN 1 WHEN 'DK' THEN 2 WHEN 'FI' THEN 3 WHEN 'FR' THEN 4 WHEN 'DE' THEN 5 WHEN 'IS' THEN 6 WHEN 'IL' THEN 7 WHEN 'JP' THEN 8 WHEN 'NL' THEN 9 WHEN 'NO' THEN 10 WHEN 'RU' THEN 11 WHEN 'SE' THEN 12 WHEN 'CH' THEN 13 WHEN 'GB' THEN 14 WHEN 'US' THEN 15 END) AS nk1, MIN(CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END) AS nk2 FROM cases AS c GROUP BY c.country) AS t
ORDER BY t.n DESC, t.nk0, t.nk1, t.nk2
LIMIT 3;

-- select firms group by financing
SELECT t.grp AS financing, t.n AS count, t.members AS firms
FROM (SELECT * FROM (SELECT g.id AS grp, COUNT(h.case_no) AS n, string_agg(h.name, '; ' ORDER BY h.case_no) AS members, 0 AS nk0, g.position AS nk1, '' AS nk2 FROM categories AS g LEFT JOIN (SELECT DISTINCT a.ancestor AS grp, m.case_no, m.name FROM (SELECT c.case_no, c.name FROM cases AS c) AS m JOIN codes AS k ON k.case_no = m.case_no JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5) AS h ON h.grp = g.id WHERE g.dimension = 'financing' AND g.parent IS NULL GROUP BY g.id, g.position UNION ALL SELECT '(not coded)' AS grp, COUNT(*) AS n, string_agg(m.name, '; ' ORDER BY m.case_no) AS members, 1 AS nk0, 0 AS nk1, '' AS nk2 FROM (SELECT c.case_no, c.name FROM cases AS c) AS m WHERE m.case_no NOT IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category JOIN categories AS g ON g.id = a.ancestor WHERE k.membership > 0.5 AND g.dimension = 'financing' AND g.parent IS NULL)) AS u WHERE u.nk0 = 0 OR u.n > 0) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- count firms group by outcome
SELECT t.grp AS outcome, t.n AS count
FROM (SELECT * FROM (SELECT g.id AS grp, COUNT(h.case_no) AS n, 0 AS nk0, g.position AS nk1, '' AS nk2 FROM categories AS g LEFT JOIN (SELECT DISTINCT a.ancestor AS grp, m.case_no, m.name FROM (SELECT c.case_no, c.name FROM cases AS c) AS m JOIN codes AS k ON k.case_no = m.case_no JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5) AS h ON h.grp = g.id WHERE g.dimension = 'outcome' AND g.parent IS NULL GROUP BY g.id, g.position UNION ALL SELECT '(not coded)' AS grp, COUNT(*) AS n, 1 AS nk0, 0 AS nk1, '' AS nk2 FROM (SELECT c.case_no, c.name FROM cases AS c) AS m WHERE m.case_no NOT IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category JOIN categories AS g ON g.id = a.ancestor WHERE k.membership > 0.5 AND g.dimension = 'outcome' AND g.parent IS NULL)) AS u WHERE u.nk0 = 0 OR u.n > 0) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where has input group by founded
SELECT t.grp AS founded, t.n AS count, t.members AS firms
FROM (SELECT MIN(CASE WHEN c.founded IS NULL THEN '(not given)' ELSE CASE WHEN c.founded = floor(c.founded) THEN CAST(CAST(c.founded AS BIGINT) AS VARCHAR) ELSE CAST(c.founded AS VARCHAR) END END) AS grp, COUNT(*) AS n, string_agg(c.name, '; ' ORDER BY c.case_no) AS members, MIN(CASE WHEN c.founded IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(c.founded) AS nk1, MIN(CASE WHEN c.founded = floor(c.founded) THEN CAST(CAST(c.founded AS BIGINT) AS VARCHAR) ELSE CAST(c.founded AS VARCHAR) END) AS nk2 FROM cases AS c WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'input') GROUP BY c.founded) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where has financing order by founded
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'financing')
ORDER BY CASE WHEN c.founded IS NULL THEN 1 ELSE 0 END, c.founded ASC, c.case_no;

-- count firms group by country
SELECT t.grp AS country, t.n AS count
FROM (SELECT MIN(CASE WHEN c.country IS NULL THEN '(not given)' ELSE CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.country IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(CASE c.country WHEN 'AU' THEN 0 WHEN 'CA' THEN 1 WHEN 'DK' THEN 2 WHEN 'FI' THEN 3 WHEN 'FR' THEN 4 WHEN 'DE' THEN 5 WHEN 'IS' THEN 6 WHEN 'IL' THEN 7 WHEN 'JP' THEN 8 WHEN 'NL' THEN 9 WHEN 'NO' THEN 10 WHEN 'RU' THEN 11 WHEN 'SE' THEN 12 WHEN 'CH' THEN 13 WHEN 'GB' THEN 14 WHEN 'US' THEN 15 END) AS nk1, MIN(CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END) AS nk2 FROM cases AS c GROUP BY c.country) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where not has org
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE NOT (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'org'))
ORDER BY c.case_no;

-- select firms where financing includes public
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'public')
ORDER BY c.case_no;

-- count firms
SELECT COUNT(*) AS count
FROM cases AS c;

-- select firms group by employees
SELECT t.grp AS employees, t.n AS count, t.members AS firms
FROM (SELECT MIN(CASE WHEN c.employees_low IS NULL THEN '(not given)' ELSE c.employees END) AS grp, COUNT(*) AS n, string_agg(c.name, '; ' ORDER BY c.case_no) AS members, MIN(CASE WHEN c.employees_low IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(c.employees_low) * 1048576 + MIN(c.employees_high) AS nk1, MIN(c.employees) AS nk2 FROM cases AS c GROUP BY c.employees) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where has org
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'org')
ORDER BY c.case_no;

-- count firms group by outcome
SELECT t.grp AS outcome, t.n AS count
FROM (SELECT * FROM (SELECT g.id AS grp, COUNT(h.case_no) AS n, 0 AS nk0, g.position AS nk1, '' AS nk2 FROM categories AS g LEFT JOIN (SELECT DISTINCT a.ancestor AS grp, m.case_no, m.name FROM (SELECT c.case_no, c.name FROM cases AS c) AS m JOIN codes AS k ON k.case_no = m.case_no JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5) AS h ON h.grp = g.id WHERE g.dimension = 'outcome' AND g.parent IS NULL GROUP BY g.id, g.position UNION ALL SELECT '(not coded)' AS grp, COUNT(*) AS n, 1 AS nk0, 0 AS nk1, '' AS nk2 FROM (SELECT c.case_no, c.name FROM cases AS c) AS m WHERE m.case_no NOT IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category JOIN categories AS g ON g.id = a.ancestor WHERE k.membership > 0.5 AND g.dimension = 'outcome' AND g.parent IS NULL)) AS u WHERE u.nk0 = 0 OR u.n > 0) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- count firms
SELECT COUNT(*) AS count
FROM cases AS c;

-- select firms where country in (DE, 日本) order by founded
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE ((c.country IS NOT NULL AND c.country = 'DE') OR (c.country IS NOT NULL AND c.country = 'JP'))
ORDER BY CASE WHEN c.founded IS NULL THEN 1 ELSE 0 END, c.founded ASC, c.case_no;

-- count firms group by country order by count desc limit 4
SELECT t.grp AS country, t.n AS count
FROM (SELECT MIN(CASE WHEN c.country IS NULL THEN '(not given)' ELSE CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.country IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(CASE c.country WHEN 'AU' THEN 0 WHEN 'CA' THEN 1 WHEN 'DK' THEN 2 WHEN 'FI' THEN 3 WHEN 'FR' THEN 4 WHEN 'DE' THEN 5 WHEN 'IS' THEN 6 WHEN 'IL' THEN 7 WHEN 'JP' THEN 8 WHEN 'NL' THEN 9 WHEN 'NO' THEN 10 WHEN 'RU' THEN 11 WHEN 'SE' THEN 12 WHEN 'CH' THEN 13 WHEN 'GB' THEN 14 WHEN 'US' THEN 15 END) AS nk1, MIN(CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END) AS nk2 FROM cases AS c GROUP BY c.country) AS t
ORDER BY t.n DESC, t.nk0, t.nk1, t.nk2
LIMIT 4;

-- count firms group by employees
SELECT t.grp AS employees, t.n AS count
FROM (SELECT MIN(CASE WHEN c.employees_low IS NULL THEN '(not given)' ELSE c.employees END) AS grp, COUNT(*) AS n, MIN(CASE WHEN c.employees_low IS NULL THEN 1 ELSE 0 END) AS nk0, MIN(c.employees_low) * 1048576 + MIN(c.employees_high) AS nk1, MIN(c.employees) AS nk2 FROM cases AS c GROUP BY c.employees) AS t
ORDER BY t.nk0, t.nk1, t.nk2;

-- select firms where financing includes debt
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'debt')
ORDER BY c.case_no;

-- select firms where financing includes debt
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'debt')
ORDER BY c.case_no;

-- select firms where not financing includes crowdfunding
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE NOT (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'crowdfunding'))
ORDER BY c.case_no;

-- count firms where not has outcome
SELECT COUNT(*) AS count
FROM cases AS c
WHERE NOT (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'outcome'));

-- select firms where has org and not org includes inventor_executive
SELECT c.name AS name, CASE c.country WHEN 'AU' THEN 'Australia' WHEN 'IS' THEN 'Iceland' WHEN 'DK' THEN 'Denmark' WHEN 'DE' THEN 'Germany' WHEN 'RU' THEN 'Russia' WHEN 'FR' THEN 'France' WHEN 'FI' THEN 'Finland' WHEN 'NL' THEN 'Netherlands' WHEN 'CA' THEN 'Canada' WHEN 'US' THEN 'United States' WHEN 'NO' THEN 'Norway' WHEN 'JP' THEN 'Japan' WHEN 'SE' THEN 'Sweden' WHEN 'CH' THEN 'Switzerland' WHEN 'IL' THEN 'Israel' WHEN 'GB' THEN 'United Kingdom' END AS country, c.founded AS founded, c.employees AS employees, CASE WHEN c.field = '' THEN c.field_zh ELSE c.field END AS field
FROM cases AS c
WHERE (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN categories AS g ON g.id = k.category WHERE k.membership > 0.5 AND g.dimension = 'org') AND NOT (c.case_no IN (SELECT k.case_no FROM codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE k.membership > 0.5 AND a.ancestor = 'inventor_executive')))
ORDER BY c.case_no;

-- count firms
SELECT COUNT(*) AS count
FROM cases AS c;
