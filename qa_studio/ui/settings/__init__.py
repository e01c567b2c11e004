"""Settings: who you are, the interface language, the database (this computer or the team's server), transcription
defaults and privacy; and the people using QA Studio with their roles."""
