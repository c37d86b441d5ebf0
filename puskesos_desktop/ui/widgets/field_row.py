"""Adds a labelled field with its inline message underneath to a QFormLayout."""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .form import FieldMessage


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's label with its Alt+letter (`&`), never cut off. Qt sizes a label with kerning across
    the underlined letter but draws it without, so "&Telepon" came out a pixel short of its last "n"."""
    label = QLabel(text)
    label.setBuddy(buddy)
    at = text.replace("&&", "\0\0").find("&")
    if 0 <= at < len(text) - 1:
        metrics = QFontMetricsF(label.font())
        parts = (text[:at], text[at + 1], text[at + 2:])
        drawn = math.ceil(sum(metrics.horizontalAdvance(part.replace("&&", "&")) for part in parts)) + 1
        label.setMinimumWidth(max(drawn, label.minimumSizeHint().width()))
    return label


def add_field(form: QFormLayout, label: str, field: QWidget) -> FieldMessage:
    """The message's buddy is the field, so `show_problems` can hand back the widget to focus."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    message = FieldMessage()
    message.setBuddy(field)
    column.addWidget(message)
    if isinstance(field, QLineEdit):
        field.textEdited.connect(lambda _text: message.clear_message())
    form.addRow(caption(label, field), holder)
    return message
