"""Adds a labelled field with its inline message underneath to a QFormLayout."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .form import FieldMessage


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
    caption = QLabel(label)
    caption.setBuddy(field)
    form.addRow(caption, holder)
    return message
