// Per-lane totals of the density count table, MERGEd by lane on every write.
CREATE CONSTRAINT density_total_lane IF NOT EXISTS FOR (t:DensityTotal) REQUIRE t.lane IS UNIQUE
