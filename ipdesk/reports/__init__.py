"""Printable summary sheets: 汇总表, 通报, 催办通知单 and 评估报告 as PDF, xlsx or on a printer.

* :mod:`~ipdesk.reports.data` reads what a report needs through the services (read-only);
* the sheet modules (``indicator_sheet``, ``task_sheet``, ``submission_sheet``, ``reminder_letters``,
  ``assessment_report``) turn it into a :class:`~ipdesk.reports.document.Document`;
* :mod:`~ipdesk.reports.pdf` and :mod:`~ipdesk.reports.xlsx` write it; :func:`~ipdesk.reports.pdf.render_to_device`
  draws it on a printer (the print preview);
* :func:`~ipdesk.reports.generate.generate` does all of it in one call, for the CLI and the background operation.

The PDF side needs QtGui (a QGuiApplication); nothing here loads Qt widgets.
"""
