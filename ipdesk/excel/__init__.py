"""Excel exchange: reading any spreadsheet safely, understanding 分工表 and report forms, writing them.

Layers, bottom up (no Qt anywhere):

* :mod:`guards` decides a file's format from its bytes and enforces size caps before anything parses it;
  :mod:`xlsx_reader` (streaming, sparse, DTD-free XML) and :mod:`calamine_reader` (.xls/.et/.ods/.xlsb)
  turn it into a :class:`grid.WorkbookGrid`; :mod:`sandbox` runs both in a child process with a time and
  memory limit, so a hostile file can fail but never hang or crash the application.
* :mod:`layout` finds header rows and columns, :mod:`tables` reads rows into :class:`tables.TableRead`
  (the ``read-table`` JSON), :mod:`values` and :mod:`vocabulary` check every cell.
* :mod:`assignment_writer`, :mod:`form_writer` and :mod:`problems_writer` write workbooks; :mod:`formspec`
  is the one description of the department form shared by writer and reader.

Database work (preview, commit, undo, exports from stored data) lives in :mod:`ipdesk.services.exchange`.
"""
