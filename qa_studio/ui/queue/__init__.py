"""The reviewer's work: their sampled queue, evaluations awaiting acknowledgement, open disputes, quota progress,
and drawing a new sample."""
