"""What a user can do: one public method per action, one transaction each, frozen dataclasses out."""
