"""Call transcripts beside the audio player, and the transcription job queue."""
