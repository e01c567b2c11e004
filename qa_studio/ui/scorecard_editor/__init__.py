"""The scorecard library (import, export, retire, duplicate) and the editor (sections, criteria, preview)."""
