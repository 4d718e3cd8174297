"""
Writes test/fixtures/sandi.{xlsx,xls,ods}: one small Kelurahan sheet saved with the opening
password "rahasia" by LibreOffice, as a user does with File > Save As > Save with password.
The reader tests use them to prove that a password-protected file gets one clear line.

Run once with Debian's python3 and python3-uno (LibreOffice's UNO bridge):
    /usr/bin/python3 scripts/password-fixtures.py
"""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue

PASSWORD = 'rahasia'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures')
PORT = 2093


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def password_args(filter_name):
    if filter_name == 'Calc MS Excel 2007 XML':
        # OOXML takes the password as encryption data (ECMA-376 Standard encryption), as the
        # Save-with-password dialog passes it.
        data = uno.Any('[]com.sun.star.beans.NamedValue', (NamedValue('OOXPassword', PASSWORD), NamedValue('CryptoType', 'Standard')))
        return PropertyValue('EncryptionData', 0, data, 0)
    return prop('Password', PASSWORD)


def main():
    profile = tempfile.mkdtemp(prefix='lo-profile-')
    office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', f'-env:UserInstallation=file://{profile}', f'--accept=socket,host=127.0.0.1,port={PORT};urp;'])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f'uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext')
                break
            except Exception:  # LibreOffice is still starting: try again
                time.sleep(0.5)
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = 'Kelurahan'
        for col, text in enumerate(['Kode Kelurahan', 'Nama Kelurahan', 'Tahun']):
            sheet.getCellByPosition(col, 0).String = text
        sheet.getCellByPosition(0, 1).String = 'K01'
        sheet.getCellByPosition(1, 1).String = 'Kalicacing'
        sheet.getCellByPosition(2, 1).Value = 2025
        for ext, filter_name in [('xlsx', 'Calc MS Excel 2007 XML'), ('xls', 'MS Excel 97'), ('ods', 'calc8')]:
            args = uno.Any('[]com.sun.star.beans.PropertyValue', (prop('FilterName', filter_name), password_args(filter_name)))
            uno.invoke(doc, 'storeToURL', (uno.systemPathToFileUrl(os.path.abspath(os.path.join(OUT, f'sandi.{ext}'))), args))
        doc.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.terminate()
            office.wait()


main()
