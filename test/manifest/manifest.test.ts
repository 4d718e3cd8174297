import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { iconPath, iconPng } from '../../scripts/icons';
import { MIN_EXCEL_API } from '../../src/io/office/capabilities';

/**
 * manifest.xml checked offline (`office-addin-manifest validate` calls an online service):
 * well-formed, elements in the order the Office add-in manifest schema (OfficeApp 1.1,
 * VersionOverrides 1.0) requires, every resource id defined once and used, every URL on the
 * one origin the pane is served from and naming a file the build produces.
 */

const XML = readFileSync('manifest.xml', 'utf8');

/** An element as fast-xml-parser's ordered form gives it: its name, attributes and children. */
interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

function toElements(nodes: Record<string, unknown>[]): Element[] {
  const elements: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '?xml' || name === '#comment') continue;
    const children = node[name] as Record<string, unknown>[];
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const text = children.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
    elements.push({ name, attrs, children: toElements(children), text });
  }
  return elements;
}

const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', commentPropName: '#comment', parseTagValue: false }).parse(XML) as Record<string, unknown>[];
const root = toElements(parsed)[0];

const child = (el: Element, name: string) => {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
};
const path = (...names: string[]) => names.reduce((el, name) => child(el, name), root);
const all = (el: Element, name: string): Element[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
const names = (el: Element) => el.children.map((c) => c.name);
const collectRefs = (el: Element): Element[] => [...(el.attrs.resid ? [el] : []), ...el.children.flatMap(collectRefs)];

/** `actual` lists elements in the schema's order: each known element after the one before it. */
function expectSchemaOrder(actual: string[], schemaOrder: string[], required: string[]): void {
  for (const name of actual) expect(schemaOrder).toContain(name);
  const positions = actual.map((name) => schemaOrder.indexOf(name));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const name of required) expect(actual).toContain(name);
}

describe('manifest.xml', () => {
  it('is well-formed XML with an OfficeApp TaskPaneApp root', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs).toMatchObject({ xmlns: 'http://schemas.microsoft.com/office/appforoffice/1.1', 'xsi:type': 'TaskPaneApp', 'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0' });
  });

  it('lists its top-level elements in the order OfficeApp 1.1 requires', () => {
    const order = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'];
    expectSchemaOrder(names(root), order, ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions']);
    expect(path('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(path('Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(path('Permissions').text).toBe('ReadWriteDocument');
    expect(all(path('Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
  });

  it('declares the ExcelApi set the adapter needs at least', () => {
    const sets = all(path('Requirements'), 'Set');
    expect(sets).toEqual([expect.objectContaining({ attrs: { Name: 'ExcelApi', MinVersion: MIN_EXCEL_API } })]);
  });

  it('puts the ribbon group "Imunisasi" with one button that opens the task pane, in schema order', () => {
    const overrides = path('VersionOverrides');
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectSchemaOrder(names(overrides), ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'], ['Hosts', 'Resources']);
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    expectSchemaOrder(names(desktop), ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    expectSchemaOrder(names(child(desktop, 'GetStarted')), ['Title', 'Description', 'LearnMoreUrl'], ['Title', 'Description']);
    const tab = child(child(desktop, 'ExtensionPoint'), 'OfficeTab');
    const group = child(tab, 'Group');
    expectSchemaOrder(names(group), ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    const control = child(group, 'Control');
    expect(control.attrs['xsi:type']).toBe('Button');
    expectSchemaOrder(names(control), ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
    expectSchemaOrder(names(child(control, 'Supertip')), ['Title', 'Description'], ['Title', 'Description']);
    const action = child(control, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expectSchemaOrder(names(action), ['TaskpaneId', 'SourceLocation', 'Title'], ['SourceLocation']);
    const strings = new Map(all(path('VersionOverrides', 'Resources'), 'bt:String').map((s) => [s.attrs.id, s.attrs.DefaultValue]));
    expect(strings.get(child(group, 'Label').attrs.resid)).toBe('Imunisasi');
    for (const icon of [child(group, 'Icon'), child(control, 'Icon')]) expect(all(icon, 'bt:Image').map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
  });

  it('defines each resource once, uses each, and keeps ids unique', () => {
    const resources = path('VersionOverrides', 'Resources');
    expectSchemaOrder(names(resources), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const defined = (collection: string, item: string) => all(child(resources, collection), item).map((e) => e.attrs.id);
    const kinds = {
      image: defined('bt:Images', 'bt:Image'),
      url: defined('bt:Urls', 'bt:Url'),
      short: defined('bt:ShortStrings', 'bt:String'),
      long: defined('bt:LongStrings', 'bt:String'),
    };
    const every = Object.values(kinds).flat();
    expect(new Set(every).size).toBe(every.length);
    // Which kind of resource each referencing element needs: images, URLs, long texts, labels.
    const overrides = path('VersionOverrides', 'Hosts');
    const kindOf = (el: Element): keyof typeof kinds =>
      el.name === 'bt:Image' ? 'image' : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name) ? 'url' : el.name === 'Description' ? 'long' : 'short';
    const refs = collectRefs(overrides);
    for (const el of refs) expect(kinds[kindOf(el)]).toContain(el.attrs.resid);
    expect(new Set(refs.map((el) => el.attrs.resid))).toEqual(new Set(every));
    const controlIds = [...all(overrides, 'Group'), ...all(overrides, 'Control')].map((e) => e.attrs.id);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    for (const s of all(child(resources, 'bt:ShortStrings'), 'bt:String')) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of all(child(resources, 'bt:LongStrings'), 'bt:String')) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(path('Description').attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(path('DisplayName').attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  });

  it('points every URL at one https origin and at files the build makes', () => {
    const urls = [
      path('IconUrl').attrs.DefaultValue,
      path('HighResolutionIconUrl').attrs.DefaultValue,
      path('DefaultSettings', 'SourceLocation').attrs.DefaultValue,
      ...all(path('VersionOverrides', 'Resources'), 'bt:Image').map((e) => e.attrs.DefaultValue),
      ...all(path('VersionOverrides', 'Resources'), 'bt:Url').map((e) => e.attrs.DefaultValue),
    ].map((u) => new URL(u));
    expect(new Set(urls.map((u) => u.origin))).toEqual(new Set(['https://localhost:3000']));
    const pages = urls.filter((u) => u.pathname.endsWith('.html')).map((u) => u.pathname.slice(1));
    expect(new Set(pages)).toEqual(new Set(['taskpane.html', 'commands.html']));
    for (const page of pages) expect(existsSync(`src/ui/${page}`)).toBe(true); // webpack's HtmlWebpackPlugin templates
    expect(path('DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    const icons = urls.filter((u) => u.pathname.endsWith('.png')).map((u) => u.pathname.slice(1));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(existsSync(icon)).toBe(true);
  });

  it('has the icons npm run icons draws, each the size its name says', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(iconPath(size));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
      expect(png.equals(iconPng(size))).toBe(true);
    }
  });
});
