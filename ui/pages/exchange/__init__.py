"""The parts of the 导入导出 page: drop zone, preview, department choices, summary, history."""
