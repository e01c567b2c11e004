#!/usr/bin/env bash
# Regenerates the small recordings used by the import tests (needs ffmpeg). One second each, made from sine tones.
set -euo pipefail
cd "$(dirname "$0")/audio"
mono="sine=frequency=440:duration=1.5:sample_rate=16000"
stereo="sine=frequency=440:duration=1.5:sample_rate=8000[a];sine=frequency=660:duration=1.5:sample_rate=8000[b];[a][b]join=inputs=2:channel_layout=stereo"
ff() { ffmpeg -y -loglevel error "$@"; }
ff -f lavfi -i "$mono" -ac 1 mono_16k.wav
ff -filter_complex "$stereo" -ac 2 stereo_8k.wav
ff -f lavfi -i "$mono" -ac 1 -c:a libmp3lame -b:a 32k mono.mp3
ff -f lavfi -i "$mono" -ac 1 -c:a aac -b:a 32k mono.m4a
ff -f lavfi -i "$mono" -ac 1 -c:a flac mono.flac
ff -filter_complex "$stereo" -ac 2 -c:a libvorbis stereo.ogg
ff -f lavfi -i "$mono" -ac 1 -c:a libopus -b:a 16k mono.opus
# A "recording" whose header promises WAV but whose data is noise: must be refused, not imported.
head -c 44 mono_16k.wav > corrupt.wav && head -c 3000 /dev/urandom | tr '\000' '\001' >> corrupt.wav
printf 'ID3\x03\x00\x00\x00\x00\x00\x00this is not an mp3 at all' > corrupt.mp3
: > empty.wav
