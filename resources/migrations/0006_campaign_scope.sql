-- Version 6: what a campaign's figures mean (issue "every province, every year").
--
-- Scope. A campaign states which administrative levels are expected to have
-- teams: a district's own report expects district, commune and village teams;
-- a 2025 two-level city expects commune (ward) and village teams. A level
-- outside the scope is never printed as "0/N Tổ" and does not lower the
-- overall coverage. NULL keeps the former meaning: every level of the tree.
-- Stored as the level numbers (AdminLevel: 1 province, 2 district, 3 commune,
-- 4 village) in ascending order, comma-separated: '2,3,4'.
ALTER TABLE campaign ADD COLUMN team_levels TEXT
    CHECK (team_levels IS NULL OR team_levels GLOB '[1-4]*');

-- Guideline: the smallest team the province's plan allows (e.g. 3 members,
-- Decision 1978/QĐ-BTTTT guidance; each province's plan sets its own).
-- NULL: no check. Teams below it are warnings on the dashboard's lag list.
ALTER TABLE campaign ADD COLUMN min_team_members INTEGER
    CHECK (min_team_members IS NULL OR min_team_members >= 0);

-- The qualifier of a team's declared member count, as the district wrote it
-- ('' exact, 'hon' hơn, 'gan' gần, 'khoang' khoảng, 'tren' trên: see Figure.h).
-- A team with no listed member and declared_member_count NULL has not
-- reported its members: unknown, never zero.
ALTER TABLE team ADD COLUMN member_count_qualifier TEXT NOT NULL DEFAULT ''
    CHECK (member_count_qualifier IN ('', 'hon', 'gan', 'khoang', 'tren'));

-- Units that cannot have a team in a campaign (an uninhabited special zone,
-- an island district without population), left out of the coverage
-- denominator; the reason can be printed in the report's notes.
CREATE TABLE campaign_unit_exclusion (
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES admin_unit(id) ON DELETE RESTRICT,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX campaign_unit_exclusion_unit ON campaign_unit_exclusion(unit_id);

-- The issuing body changes over time (Sở Thông tin và Truyền thông, BC-STTTT,
-- until it was merged into the Sở Khoa học và Công nghệ, BC-SKHCN, in 2025).
-- A report names the letterhead it was made with; these dates say when a
-- letterhead was in use. ISO dates, inclusive; NULL: open on that side.
ALTER TABLE letterhead ADD COLUMN valid_from TEXT;
ALTER TABLE letterhead ADD COLUMN valid_to TEXT;
