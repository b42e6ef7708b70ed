"""Dashboard charts drawn with pyqtgraph from the analytics' chart data (one module per chart)."""
