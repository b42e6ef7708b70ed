"""The Qt shell of ipdesk: main window, pages, table models and the background-operation helper.

Nothing under ``ipdesk/`` imports from here; widgets reach data only through ``ipdesk.services``.
"""
