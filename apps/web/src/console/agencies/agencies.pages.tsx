import { AGENCY_KIND_LABELS, AgencyKind } from '@motcua/domain';
import type { components } from '../../api/api-client';
import {
  ErrorSummary,
  FormGroup,
  groupAria,
  titleWithErrors,
  type SummaryError,
} from '../../forms';
import type { PageContext } from '../../layout/page-context';
import { ConsoleLayout } from '../console-layout';

export type Agency = components['schemas']['AgencyDto'];

export const AGENCIES_PATH = '/can-bo/quan-tri/co-quan';
export const NEW_AGENCY_PATH = `${AGENCIES_PATH}/them`;
export const editAgencyPath = (code: string) => `${AGENCIES_PATH}/${code}/sua`;

/** The form's inputs: name and id of each. */
export const AGENCY_INPUTS = {
  code: 'agency-code',
  name: 'agency-name',
  kind: 'agency-kind',
  parentCode: 'agency-parent',
} as const;
export type AgencyInput = keyof typeof AGENCY_INPUTS;

export interface AgencyFormState {
  values: Record<AgencyInput, string>;
  errors: Map<string, string>;
  summary: SummaryError[];
}

export function emptyAgencyForm(
  values: Partial<Record<AgencyInput, string>> = {},
): AgencyFormState {
  return {
    values: { code: '', name: '', kind: '', parentCode: '', ...values },
    errors: new Map(),
    summary: [],
  };
}

interface TreeNode {
  agency: Agency;
  children: TreeNode[];
}

/** The API's depth-first list as a tree (the order of siblings kept). */
export function treeOf(items: readonly Agency[]): TreeNode[] {
  const nodes = new Map(
    items.map((agency) => [agency.code, { agency, children: [] as TreeNode[] }]),
  );
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.agency.parentCode ? nodes.get(node.agency.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function Branch({ nodes, editable }: { nodes: TreeNode[]; editable: boolean }): JSX.Element {
  return (
    <ul class="agency-tree">
      {nodes.map(({ agency, children }) => (
        <li>
          <span class="agency-tree__name" safe>
            {agency.name}
          </span>{' '}
          <span class="agency-tree__meta" safe>
            {`${agency.code} · ${agency.kindLabel}`}
          </span>
          {editable ? (
            <>
              {' '}
              <a href={editAgencyPath(agency.code)}>
                Sửa<span class="visually-hidden" safe>{` ${agency.name}`}</span>
              </a>
            </>
          ) : (
            ''
          )}
          {children.length > 0 ? <Branch nodes={children} editable={editable} /> : ''}
        </li>
      ))}
    </ul>
  );
}

export function AgencyTreePage({
  page,
  items,
  editable,
}: {
  page: PageContext;
  items: readonly Agency[];
  /** A system administrator edits; an agency's administrator reads. */
  editable: boolean;
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title="Cơ quan">
      <h1>Cơ quan</h1>
      <p>
        Tỉnh, thành phố ở cấp cao nhất; sở, ban, ngành và xã, phường, đặc khu trực thuộc tỉnh; Trung
        tâm Phục vụ hành chính công trực thuộc tỉnh hoặc xã, phường.
      </p>
      {editable ? (
        <p>
          <a class="button" href={NEW_AGENCY_PATH}>
            Thêm cơ quan
          </a>
        </p>
      ) : (
        <p>Chỉ quản trị hệ thống được thêm hoặc sửa cơ quan.</p>
      )}
      {items.length === 0 ? (
        <p>Chưa có cơ quan nào.</p>
      ) : (
        <Branch nodes={treeOf(items)} editable={editable} />
      )}
    </ConsoleLayout>
  );
}

function Group({
  input,
  label,
  hint,
  form,
  children,
}: {
  input: AgencyInput;
  label: string;
  hint?: string;
  form: AgencyFormState;
  children: JSX.Element;
}): JSX.Element {
  const id = AGENCY_INPUTS[input];
  return (
    <FormGroup id={id} label={label} hint={hint} error={form.errors.get(id)}>
      {children}
    </FormGroup>
  );
}

function aria(form: AgencyFormState, input: AgencyInput, hint = false) {
  const id = AGENCY_INPUTS[input];
  const error = form.errors.get(id);
  return {
    id,
    name: input,
    class: ['input', error ? 'input--error' : undefined],
    ...groupAria(id, hint, error),
  };
}

/** The form to add an agency (`editing` absent) or to edit one. */
export function AgencyFormPage({
  page,
  form,
  agencies,
  editing,
}: {
  page: PageContext;
  form: AgencyFormState;
  /** Every agency, for the parent list. */
  agencies: readonly Agency[];
  /** The code of the agency edited. */
  editing?: string;
}): JSX.Element {
  const title = editing ? 'Sửa cơ quan' : 'Thêm cơ quan';
  const action = editing ? editAgencyPath(editing) : NEW_AGENCY_PATH;
  const parents = agencies.filter(
    (a) => a.code !== editing && (a.kind === AgencyKind.Province || a.kind === AgencyKind.Commune),
  );
  return (
    <ConsoleLayout page={page} title={titleWithErrors(title, form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <p>
          <a href={AGENCIES_PATH}>Quay lại danh sách cơ quan</a>
        </p>
        <h1>{title}</h1>
        <form method="post" action={action} novalidate>
          <input type="hidden" name="_csrf" value={page.csrf()} />
          <Group
            input="code"
            label="Mã định danh"
            hint="Theo danh mục mã định danh của cơ quan nhà nước, dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.00.H00. Mã là phần đầu của mã số hồ sơ."
            form={form}
          >
            <input
              {...aria(form, 'code', true)}
              type="text"
              value={form.values.code}
              required
              maxlength="13"
              spellcheck="false"
              autocomplete="off"
            />
          </Group>
          <Group input="name" label="Tên cơ quan" form={form}>
            <input
              {...aria(form, 'name')}
              type="text"
              value={form.values.name}
              required
              maxlength="255"
            />
          </Group>
          <Group input="kind" label="Loại cơ quan" form={form}>
            <select {...aria(form, 'kind')} required>
              <option value="">Chọn</option>
              {Object.values(AgencyKind).map((kind) => (
                <option value={kind} selected={form.values.kind === kind} safe>
                  {AGENCY_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </Group>
          <Group
            input="parentCode"
            label="Trực thuộc"
            hint="Tỉnh, thành phố không trực thuộc cơ quan nào."
            form={form}
          >
            <select {...aria(form, 'parentCode', true)}>
              <option value="" selected={form.values.parentCode === ''}>
                Không trực thuộc (tỉnh, thành phố)
              </option>
              {parents.map((a) => (
                <option value={a.code} selected={form.values.parentCode === a.code} safe>
                  {`${a.name} (${a.code})`}
                </option>
              ))}
            </select>
          </Group>
          <button type="submit" class="button">
            {editing ? 'Lưu thay đổi' : 'Thêm cơ quan'}
          </button>
        </form>
      </div>
    </ConsoleLayout>
  );
}
