import { queryString } from './api-client';

describe('queryString', () => {
  it('writes the values in their order, as the typed client does, and leaves out the unset', () => {
    expect(
      queryString({
        page: 1,
        limit: 20,
        sort: 'appointmentDate',
        status: 'PROCESSING',
        assignee: 'me',
        procedureCode: undefined,
      }),
    ).toBe('?page=1&limit=20&sort=appointmentDate&status=PROCESSING&assignee=me');
  });

  it('encodes free text and repeats an array', () => {
    expect(queryString({ q: 'Lê Văn & co', overdue: true, status: ['A', 'B'] })).toBe(
      '?q=L%C3%AA+V%C4%83n+%26+co&overdue=true&status=A&status=B',
    );
  });

  it('is empty without values', () => {
    expect(queryString(undefined)).toBe('');
    expect(queryString({ page: undefined })).toBe('');
  });
});
