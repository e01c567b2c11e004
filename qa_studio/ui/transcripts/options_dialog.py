"""Choosing the model and options for a transcription run; the choices become the new defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qa_studio.settings import (
    TRANSCRIBE_AGENT_CHANNEL,
    TRANSCRIBE_BEAM,
    TRANSCRIBE_GREETING,
    TRANSCRIBE_LANGUAGE,
    TRANSCRIBE_MODEL,
    TRANSCRIBE_MODEL_EN,
    TRANSCRIBE_MODEL_ZH,
    TRANSCRIBE_PROMPT,
    TRANSCRIBE_SEPARATE_SPEAKERS,
    TRANSCRIBE_SWAP_SPEAKERS,
    TRANSCRIBE_VAD,
    Settings,
)
from qa_studio.transcribe.engine import MAX_BEAM, TranscribeOptions
from qa_studio.transcribe.models import ModelError, ModelInfo, catalogue, default_model_key, local_model

PER_LANGUAGE = {"en": TRANSCRIBE_MODEL_EN, "zh": TRANSCRIBE_MODEL_ZH}


def default_model_for(settings: Settings, language: str | None) -> str:
    """The per-language default when the language is forced, else the general default."""
    option = PER_LANGUAGE.get(language or "")
    return (settings.get(option) if option else "") or settings.get(TRANSCRIBE_MODEL) or default_model_key()


def options_from_settings(settings: Settings) -> TranscribeOptions:
    return TranscribeOptions(
        language=settings.get(TRANSCRIBE_LANGUAGE) or None,
        beam_size=settings.get(TRANSCRIBE_BEAM),
        vad=settings.get(TRANSCRIBE_VAD),
        initial_prompt=settings.get(TRANSCRIBE_PROMPT) or None,
        agent_channel=settings.get(TRANSCRIBE_AGENT_CHANNEL),
        separate_speakers=settings.get(TRANSCRIBE_SEPARATE_SPEAKERS),
        greeting=settings.get(TRANSCRIBE_GREETING) or None,
        swap_speakers=settings.get(TRANSCRIBE_SWAP_SPEAKERS),
    )


class TranscribeOptionsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcribeOptionsDialog")
        self.setWindowTitle(self.tr("Transcription options"))
        self._settings = settings
        current = options_from_settings(settings)

        self.model = QComboBox(self)
        self.model.setAccessibleName(self.tr("Model"))
        self._models: list[ModelInfo] = catalogue()
        for info in self._models:
            self.model.addItem(f"{info.label} — {info.languages}, {info.size_mb} MB", info.key)
        browse = QPushButton(self.tr("Model folder…"), self)
        browse.clicked.connect(self._choose_folder)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in ((None, self.tr("Detect")), ("en", self.tr("English")), ("zh", self.tr("Mandarin Chinese"))):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.currentIndexChanged.connect(self._select_default_model)
        self.agent_channel = QComboBox(self)
        self.agent_channel.addItem(self.tr("Left (channel 1)"), 0)
        self.agent_channel.addItem(self.tr("Right (channel 2)"), 1)
        self.agent_channel.setCurrentIndex(current.agent_channel)
        self.separate = QCheckBox(self.tr("Separate agent and customer in mono calls"), self)
        self.separate.setChecked(current.separate_speakers)
        self.greeting = QLineEdit(current.greeting or "", self)
        self.greeting.setPlaceholderText(self.tr("The company's greeting, e.g. \"thank you for calling\""))
        self.greeting.setToolTip(
            self.tr("Mono calls: the speaker who says this is the agent; without it, the first speaker is the agent.")
        )
        self.swap = QCheckBox(self.tr("Swap agent and customer in mono calls"), self)
        self.swap.setChecked(current.swap_speakers)
        self.vad = QCheckBox(self.tr("Skip silence (voice activity detection)"), self)
        self.vad.setChecked(current.vad)
        self.beam = QSpinBox(self)
        self.beam.setRange(1, MAX_BEAM)
        self.beam.setValue(current.beam_size)
        self.beam.setToolTip(self.tr("2 (the default) makes fewer errors on phone lines than 1, for a little more "
                                     "time; larger beams are slower and no more accurate on calls."))
        self.prompt = QLineEdit(current.initial_prompt or "", self)
        self.prompt.setPlaceholderText(self.tr("Product names and terms the model should expect"))
        self.remember = QCheckBox(self.tr("Use this model by default for this language"), self)

        form = QFormLayout()
        form.addRow(self.tr("Model"), self.model)
        form.addRow("", browse)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Agent's side of stereo calls"), self.agent_channel)
        form.addRow(self.tr("Beam size"), self.beam)
        form.addRow(self.tr("Glossary / prompt"), self.prompt)
        form.addRow("", self.separate)
        form.addRow(self.tr("Agent's greeting"), self.greeting)
        form.addRow("", self.swap)
        form.addRow("", self.vad)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._select_default_model()

    def _select_default_model(self) -> None:
        key = default_model_for(self._settings, self.language.currentData())
        index = self.model.findData(key)
        if index < 0 and key.startswith("local:"):
            try:
                self._add_model(local_model(Path(key.split(":", 1)[1])))
                index = self.model.count() - 1
            except ModelError:
                index = -1
        self.model.setCurrentIndex(max(index, 0))

    def _add_model(self, info: ModelInfo) -> None:
        self._models.append(info)
        self.model.addItem(f"{info.label} — {info.languages}, {info.size_mb} MB", info.key)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Whisper (CTranslate2) model folder"))
        if not folder:
            return
        try:
            info = local_model(Path(folder))
        except ModelError as exc:
            QMessageBox.warning(self, self.tr("Not a usable model"), str(exc))
            return
        self._add_model(info)
        self.model.setCurrentIndex(self.model.count() - 1)

    def model_key(self) -> str:
        return str(self.model.currentData())

    def options(self) -> TranscribeOptions:
        return TranscribeOptions(
            language=self.language.currentData(),
            beam_size=self.beam.value(),
            vad=self.vad.isChecked(),
            initial_prompt=self.prompt.text().strip() or None,
            agent_channel=self.agent_channel.currentData(),
            separate_speakers=self.separate.isChecked(),
            greeting=self.greeting.text().strip() or None,
            swap_speakers=self.swap.isChecked(),
        )

    def _accept(self) -> None:
        options = self.options()
        self._settings.set(TRANSCRIBE_LANGUAGE, options.language or "")
        self._settings.set(TRANSCRIBE_BEAM, options.beam_size)
        self._settings.set(TRANSCRIBE_VAD, options.vad)
        self._settings.set(TRANSCRIBE_PROMPT, options.initial_prompt or "")
        self._settings.set(TRANSCRIBE_AGENT_CHANNEL, options.agent_channel)
        self._settings.set(TRANSCRIBE_SEPARATE_SPEAKERS, options.separate_speakers)
        self._settings.set(TRANSCRIBE_GREETING, options.greeting or "")
        self._settings.set(TRANSCRIBE_SWAP_SPEAKERS, options.swap_speakers)
        if self.remember.isChecked():
            self._settings.set(PER_LANGUAGE.get(options.language or "", TRANSCRIBE_MODEL), self.model_key())
        self.accept()
