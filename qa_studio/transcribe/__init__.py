"""Local speech-to-text: model catalogue, engine, child-process worker, exports, call metrics, redaction."""
