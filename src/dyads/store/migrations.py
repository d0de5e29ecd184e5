"""Named, ordered schema migrations. Never edit an applied one: add a new one after it."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, version VARCHAR,
            config_hash VARCHAR, kb_version VARCHAR, paths VARCHAR,
            articles_read INTEGER, articles_new INTEGER, events_new INTEGER, skipped INTEGER
        );
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, date VARCHAR,
            lang VARCHAR, lang_confidence DOUBLE, text VARCHAR, path VARCHAR, meta VARCHAR,
            n_tokens INTEGER, run_id INTEGER, added TIMESTAMP
        );
        CREATE TABLE mentions (
            article_id VARCHAR, idx INTEGER, kind VARCHAR, text VARCHAR, "start" INTEGER, "end" INTEGER,
            code VARCHAR, sector VARCHAR, kb_id VARCHAR, name VARCHAR, confidence DOUBLE,
            inferred BOOLEAN, source VARCHAR, value VARCHAR, role VARCHAR, sent INTEGER,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
            goldstein DOUBLE, quad INTEGER, plover_score DOUBLE, modality VARCHAR,
            date_value VARCHAR, date_precision VARCHAR, date_text VARCHAR, date_start INTEGER, date_end INTEGER,
            event_day DATE,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
            sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR,
            place_text VARCHAR, place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
            place_geonameid BIGINT, place_resolution VARCHAR,
            contexts VARCHAR, confidence DOUBLE, backend VARCHAR, codebook VARCHAR, kb_version VARCHAR,
            lang VARCHAR, actor_codes VARCHAR, recipient_codes VARCHAR
        );
        CREATE TABLE event_actors (
            event_id VARCHAR, role VARCHAR, idx INTEGER, text VARCHAR, "start" INTEGER, "end" INTEGER,
            code VARCHAR, sector VARCHAR, kb_id VARCHAR, name VARCHAR, inferred BOOLEAN,
            PRIMARY KEY (event_id, role, idx)
        );
        CREATE TABLE skipped (run_id INTEGER, path VARCHAR, reason VARCHAR)
        """,
    ),
    (
        "0002_indexes",
        """
        CREATE INDEX events_day ON events (event_day);
        CREATE INDEX actors_code ON event_actors (code)
        """,
    ),
    (
        # Clusters: the same real-world event reported by several articles (dyads.clusters).
        # The anchor_* columns are the founding event's features that later events are matched
        # against; the other columns describe the cluster (its representative event and its
        # GDELT-style counts) and are refreshed whenever an event joins.
        "0003_clusters",
        """
        CREATE TABLE clusters (
            id VARCHAR PRIMARY KEY, gid BIGINT, seq INTEGER,
            anchor_event_id VARCHAR, anchor_family VARCHAR, anchor_type VARCHAR,
            anchor_actors VARCHAR, anchor_recipients VARCHAR,
            anchor_lo DATE, anchor_hi DATE, anchor_country VARCHAR,
            rep_event_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad INTEGER,
            goldstein DOUBLE, plover_score DOUBLE, modality VARCHAR,
            actor_codes VARCHAR, recipient_codes VARCHAR, event_day DATE, date_precision VARCHAR,
            place_name VARCHAR, place_country VARCHAR, confidence DOUBLE,
            num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, num_languages INTEGER,
            languages VARCHAR, first_seen VARCHAR, last_seen VARCHAR,
            created TIMESTAMP, updated TIMESTAMP
        );
        CREATE TABLE cluster_events (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR);
        CREATE INDEX clusters_anchor ON clusters (anchor_family, anchor_lo);
        CREATE INDEX clusters_day ON clusters (event_day);
        CREATE INDEX cluster_events_cluster ON cluster_events (cluster_id)
        """,
    ),
]
