-- Author pages need a slug for every existing account: derived from the name,
-- with the start of the id added where two names would collide.
WITH derived AS (
  SELECT id, trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')) AS base
  FROM users
  WHERE slug IS NULL
), numbered AS (
  SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY id) AS n FROM derived
)
UPDATE users
SET slug = CASE
  WHEN numbered.base = '' THEN 'author-' || left(users.id::text, 8)
  WHEN numbered.n = 1 AND NOT EXISTS (SELECT 1 FROM users u2 WHERE u2.slug = numbered.base) THEN numbered.base
  ELSE numbered.base || '-' || left(users.id::text, 8)
END
FROM numbered
WHERE users.id = numbered.id;
