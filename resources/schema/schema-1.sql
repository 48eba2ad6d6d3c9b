-- Partnership Atlas schema, version 1.
-- Portable SQL: INTEGER/TEXT/REAL types, ISO-8601 dates as TEXT, no SQLite-only functions,
-- so that a PostgreSQL server can sit behind the same store later.
-- Statements are separated by a line holding only ';;' (the migration runner splits on it).

CREATE TABLE atlas_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);
;;
-- The needs vocabulary: controlled, seeded below, extensible by coordinators.
CREATE TABLE need (
    tag      TEXT PRIMARY KEY CHECK (length(tag) BETWEEN 1 AND 64),
    label    TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT 'Other',
    seeded   INTEGER NOT NULL DEFAULT 0
);
;;
CREATE TABLE district (
    id                   INTEGER PRIMARY KEY,
    cd_code              TEXT UNIQUE CHECK (cd_code IS NULL OR length(cd_code) = 7),
    external_key         TEXT UNIQUE,
    nces_id              TEXT,
    name                 TEXT NOT NULL CHECK (length(name) > 0),
    county               TEXT NOT NULL DEFAULT '',
    state                TEXT NOT NULL DEFAULT 'CA',
    district_type        TEXT NOT NULL DEFAULT 'other'
        CHECK (district_type IN ('unified', 'elementary', 'high', 'county-office', 'other')),
    latitude             REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude            REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    enrollment           INTEGER CHECK (enrollment IS NULL OR enrollment >= 0),
    locale               TEXT CHECK (locale IS NULL OR locale IN ('city', 'suburb', 'town', 'rural')),
    readiness            INTEGER CHECK (readiness IS NULL OR readiness BETWEEN 1 AND 5),
    volunteer            INTEGER NOT NULL DEFAULT 0,
    signup_date          TEXT,
    goals                TEXT NOT NULL DEFAULT '',
    superintendent       TEXT NOT NULL DEFAULT '',
    superintendent_email TEXT NOT NULL DEFAULT '',
    lead_contact         TEXT NOT NULL DEFAULT '',
    lead_email           TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    -- A district outside California has no CD code and is known by another key.
    CHECK (cd_code IS NOT NULL OR external_key IS NOT NULL)
);
;;
-- Needs a district has ('need') and strengths it can offer others ('strength').
CREATE TABLE district_tag (
    district_id INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL REFERENCES need (tag) ON UPDATE CASCADE,
    tag_kind    TEXT NOT NULL CHECK (tag_kind IN ('need', 'strength')),
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (district_id, tag, tag_kind)
);
;;
CREATE INDEX district_tag_by_tag ON district_tag (tag, tag_kind);
;;
CREATE TABLE district_data_system (
    district_id INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    system_name TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (district_id, system_name)
);
;;
CREATE TABLE facilitator (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    organization TEXT NOT NULL DEFAULT '',
    home_base    TEXT NOT NULL DEFAULT '',
    latitude     REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude    REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    capacity     INTEGER NOT NULL DEFAULT 2 CHECK (capacity >= 0),
    contact_name TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE facilitator_region (
    facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
    region         TEXT NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (facilitator_id, region)
);
;;
CREATE TABLE facilitator_expertise (
    facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
    tag            TEXT NOT NULL REFERENCES need (tag) ON UPDATE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (facilitator_id, tag)
);
;;
-- Pre-existing relationships between a facilitator and a district (research lesson: facilitators
-- with relationships hold partnerships together).
CREATE TABLE relationship (
    facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
    district_id    INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    relation_kind  TEXT NOT NULL DEFAULT '',
    since          TEXT,
    strength       INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 3),
    notes          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (facilitator_id, district_id)
);
;;
CREATE INDEX relationship_by_district ON relationship (district_id);
;;
CREATE TABLE partnership (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    status      TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'forming', 'active', 'paused', 'ended')),
    formed_on   TEXT,
    description TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE partnership_focus (
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    tag            TEXT NOT NULL REFERENCES need (tag) ON UPDATE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, tag)
);
;;
CREATE TABLE membership (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    district_id    INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    member_role    TEXT NOT NULL DEFAULT 'member' CHECK (member_role IN ('lead', 'member', 'observer')),
    joined_on      TEXT,
    left_on        TEXT,
    UNIQUE (partnership_id, district_id)
);
;;
CREATE INDEX membership_by_district ON membership (district_id);
;;
CREATE TABLE assignment (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    facilitator_id  INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
    assignment_role TEXT NOT NULL DEFAULT 'lead',
    started_on      TEXT,
    ended_on        TEXT,
    pinned          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (partnership_id, facilitator_id)
);
;;
CREATE INDEX assignment_by_facilitator ON assignment (facilitator_id);
;;
-- Blueprint: one row per partnership plus goals, meeting bodies and agreements.
CREATE TABLE blueprint (
    partnership_id INTEGER PRIMARY KEY REFERENCES partnership (id) ON DELETE CASCADE,
    vision         TEXT NOT NULL DEFAULT '',
    governance     TEXT NOT NULL DEFAULT '',
    alignment      TEXT NOT NULL DEFAULT '',
    local_autonomy TEXT NOT NULL DEFAULT '',
    distance_tools TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE blueprint_goal (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    goal           TEXT NOT NULL,
    measure        TEXT NOT NULL DEFAULT '',
    accountable    TEXT NOT NULL DEFAULT '',
    target_date    TEXT,
    position       INTEGER NOT NULL DEFAULT 0
);
;;
-- A body that meets: the superintendent steering committee, a summit, a working group, a team.
CREATE TABLE meeting_body (
    id                INTEGER PRIMARY KEY,
    partnership_id    INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    body_kind         TEXT NOT NULL DEFAULT 'team'
        CHECK (body_kind IN ('steering', 'summit', 'working-group', 'team')),
    meetings_per_year INTEGER NOT NULL DEFAULT 4 CHECK (meetings_per_year >= 0),
    meeting_mode      TEXT NOT NULL DEFAULT 'in-person'
        CHECK (meeting_mode IN ('in-person', 'virtual', 'hybrid')),
    position          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (partnership_id, name)
);
;;
-- Stakeholder levels a body includes (superintendent, cabinet, principal, teacher-lead, staff).
CREATE TABLE meeting_body_level (
    body_id     INTEGER NOT NULL REFERENCES meeting_body (id) ON DELETE CASCADE,
    level       TEXT NOT NULL,
    PRIMARY KEY (body_id, level)
);
;;
CREATE TABLE agreement (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    agreement_kind TEXT NOT NULL DEFAULT 'MOU',
    title          TEXT NOT NULL,
    signed_on      TEXT,
    signed_by      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT ''
);
;;
-- Tracking log.
CREATE TABLE meeting (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    body_id        INTEGER REFERENCES meeting_body (id) ON DELETE SET NULL,
    held_on        TEXT NOT NULL,
    meeting_mode   TEXT NOT NULL DEFAULT 'in-person'
        CHECK (meeting_mode IN ('in-person', 'virtual', 'hybrid')),
    notes          TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX meeting_by_partnership ON meeting (partnership_id, held_on);
;;
CREATE TABLE attendance (
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    district_id INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    person_role TEXT NOT NULL,
    PRIMARY KEY (meeting_id, district_id, person_role)
);
;;
CREATE INDEX attendance_by_district ON attendance (district_id);
;;
-- People in roles, with start and end dates, so that turnover is visible.
CREATE TABLE role_holder (
    id             INTEGER PRIMARY KEY,
    district_id    INTEGER NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    partnership_id INTEGER REFERENCES partnership (id) ON DELETE CASCADE,
    person_role    TEXT NOT NULL,
    person         TEXT NOT NULL DEFAULT '',
    started_on     TEXT,
    ended_on       TEXT
);
;;
CREATE INDEX role_holder_by_district ON role_holder (district_id);
;;
-- Challenges, milestones, outcomes, notes and turnover events.
CREATE TABLE tracking_event (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    occurred_on    TEXT NOT NULL,
    event_kind     TEXT NOT NULL
        CHECK (event_kind IN ('challenge', 'milestone', 'outcome', 'note', 'turnover')),
    title          TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX tracking_event_by_partnership ON tracking_event (partnership_id, occurred_on);
;;
-- Dated snapshots of the whole atlas, for the research view.
CREATE TABLE snapshot (
    id       INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    content  TEXT NOT NULL
);
;;
INSERT INTO need (tag, label, category, seeded) VALUES
    ('early-literacy', 'Early literacy (TK-2)', 'Instruction', 1),
    ('math-achievement', 'Mathematics achievement', 'Instruction', 1),
    ('aligned-curriculum', 'Aligned curriculum', 'Instruction', 1),
    ('english-learners', 'English learner success', 'Instruction', 1),
    ('stem', 'STEM and computer science', 'Instruction', 1),
    ('special-education', 'Special education', 'Student supports', 1),
    ('student-mobility', 'Student mobility', 'Student supports', 1),
    ('chronic-absenteeism', 'Chronic absenteeism', 'Student supports', 1),
    ('social-emotional-learning', 'Social-emotional learning', 'Student supports', 1),
    ('college-career-readiness', 'College and career readiness', 'Student supports', 1),
    ('dual-enrollment', 'Dual enrollment', 'Student supports', 1),
    ('school-quality-improvement', 'School quality improvement system', 'Systems', 1),
    ('data-use', 'Data use for improvement', 'Systems', 1),
    ('lcap-planning', 'LCAP planning', 'Systems', 1),
    ('shared-resources', 'Shared resources and services', 'Systems', 1),
    ('teacher-recruitment', 'Teacher recruitment and retention', 'Workforce', 1),
    ('leadership-development', 'Leadership development', 'Workforce', 1),
    ('rural-staffing', 'Rural staffing', 'Workforce', 1),
    ('family-engagement', 'Family and community engagement', 'Community', 1)
