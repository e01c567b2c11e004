"""Report writers: Excel workbooks (openpyxl) from the figures of qa_studio.services.reporting."""
