"""Reports and coaching: agent and team overview pages with a trend chart, coaching records, exports and batch
export."""
