CREATE RANGE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)
