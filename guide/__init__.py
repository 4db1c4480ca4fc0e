"""Panduan Karier core: headless, no Qt. Parse, analyse, store, index and search the articles."""

APP_NAME = "Panduan Karier"
APP_ID = "panduan-karier"
__version__ = "0.1.0"
