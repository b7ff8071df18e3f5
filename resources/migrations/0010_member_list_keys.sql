-- Version 10: the members list sorted by any column reads one page by
-- walking an index, at 500.000 members as at 50 (issue #15).
--
-- The list shows each member with his current membership: the newest open
-- row of team_member (left_on NULL, highest id), its team, and the unit of
-- that team or else the member's own unit (MemberList.cpp in
-- app/core/records/lists). Sorting by role, team or unit went through those
-- joins for every member (a minute at national size). The member row now
-- keeps the three sort keys of its current membership:
--   current_role      team_member.role     ('leader', 'deputy', 'member'; NULL: no open membership)
--   current_team_key  team.sort_key        (NULL: no open membership)
--   current_unit_key  admin_unit.sort_key  of coalesce(team.unit_id, member.unit_id)
-- They are derived data, kept by the triggers below after every insert,
-- update and delete of a membership, a team's rename or move, a unit's
-- rename and a member's unit, whoever writes (the window, the import, the
-- generator, undo: the change log replays plain writes, and leaves these
-- columns out, ChangeLog.cpp). Each trigger touches the rows of one member,
-- or the current members of one team or unit, through indexes.
ALTER TABLE member ADD COLUMN current_role TEXT;
ALTER TABLE member ADD COLUMN current_team_key TEXT;
ALTER TABLE member ADD COLUMN current_unit_key TEXT;

-- A page in any order of the list is an index walk with LIMIT: (key, id),
-- as the list orders by its sort column then the id.
CREATE INDEX member_gender_order ON member(gender, id);
CREATE INDEX member_birth_year_order ON member(birth_year, id);
CREATE INDEX member_phone_order ON member(phone, id);
CREATE INDEX member_affiliation_order ON member(affiliation COLLATE NOCASE, id);
CREATE INDEX member_role_order ON member(current_role, id);
CREATE INDEX member_team_order ON member(current_team_key, id);
CREATE INDEX member_unit_order ON member(current_unit_key, id);
-- The members of a unit without a current team, for a unit's rename (and
-- for the foreign key check when a unit is deleted).
CREATE INDEX member_unit ON member(unit_id);

-- The keys of the member whose id is member.id, from his newest open membership.
UPDATE member SET (current_role, current_team_key, current_unit_key) = (
    SELECT tm.role, t.sort_key, u.sort_key
    FROM (SELECT 1)
    LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                         WHERE x.member_id = member.id AND x.left_on IS NULL)
    LEFT JOIN team t ON t.id = tm.team_id
    LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id));

CREATE TRIGGER member_keys_insert AFTER INSERT ON member
WHEN NEW.unit_id IS NOT NULL
BEGIN
    UPDATE member SET current_unit_key = (SELECT sort_key FROM admin_unit WHERE id = NEW.unit_id)
    WHERE id = NEW.id AND current_role IS NULL;
END;

CREATE TRIGGER member_keys_unit AFTER UPDATE OF unit_id ON member
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
    UPDATE member SET current_unit_key = (
        SELECT u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id = NEW.id;
END;

CREATE TRIGGER team_member_keys_insert AFTER INSERT ON team_member
BEGIN
    UPDATE member SET (current_role, current_team_key, current_unit_key) = (
        SELECT tm.role, t.sort_key, u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id = NEW.member_id;
END;

CREATE TRIGGER team_member_keys_update AFTER UPDATE OF team_id, member_id, role, left_on ON team_member
BEGIN
    UPDATE member SET (current_role, current_team_key, current_unit_key) = (
        SELECT tm.role, t.sort_key, u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id IN (NEW.member_id, OLD.member_id);
END;

CREATE TRIGGER team_member_keys_delete AFTER DELETE ON team_member
BEGIN
    UPDATE member SET (current_role, current_team_key, current_unit_key) = (
        SELECT tm.role, t.sort_key, u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id = OLD.member_id;
END;

-- A team renamed (its sort key follows the name, RecordKeys.cpp) or moved to
-- another unit: its current members. A member whose newest open membership
-- is in another team is recomputed too and keeps his keys.
CREATE TRIGGER team_keys_update AFTER UPDATE OF sort_key, unit_id ON team
WHEN OLD.sort_key IS NOT NEW.sort_key OR OLD.unit_id IS NOT NEW.unit_id
BEGIN
    UPDATE member SET (current_role, current_team_key, current_unit_key) = (
        SELECT tm.role, t.sort_key, u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id IN (SELECT member_id FROM team_member WHERE team_id = NEW.id AND left_on IS NULL);
END;

-- A unit renamed: the members of its teams, and its members without a team.
CREATE TRIGGER admin_unit_keys_update AFTER UPDATE OF sort_key ON admin_unit
WHEN OLD.sort_key IS NOT NEW.sort_key
BEGIN
    UPDATE member SET current_unit_key = (
        SELECT u.sort_key
        FROM (SELECT 1)
        LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x
                                             WHERE x.member_id = member.id AND x.left_on IS NULL)
        LEFT JOIN team t ON t.id = tm.team_id
        LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))
    WHERE id IN (SELECT tm.member_id FROM team t JOIN team_member tm ON tm.team_id = t.id AND tm.left_on IS NULL
                 WHERE t.unit_id = NEW.id)
       OR unit_id = NEW.id;
END;
