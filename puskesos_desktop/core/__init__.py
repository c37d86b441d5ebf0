"""Pure-Python domain: what households, people and codes are, and the rules that check them."""
