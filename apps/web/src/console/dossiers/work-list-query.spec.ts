import { addDays, apiQueryOf, readWorkListFilters, workListHref } from './work-list-query';

describe('work list filters', () => {
  it('opens each official on their own queue when the address names no filter', () => {
    expect(readWorkListFilters({}, ['RECEPTION'])).toEqual({ queue: 'reception', page: 1 });
    expect(readWorkListFilters({}, ['SPECIALIST'])).toEqual({ queue: 'specialist', page: 1 });
    expect(readWorkListFilters({}, ['LEADER'])).toEqual({ queue: 'leader', page: 1 });
    expect(readWorkListFilters({}, ['ADMIN'])).toEqual({ page: 1 });
    expect(readWorkListFilters({ hang: 'leader' }, ['RECEPTION', 'LEADER']).queue).toBe('leader');
    // a queue the roles do not have is not opened
    expect(readWorkListFilters({ hang: 'leader', 'tat-ca': '1' }, ['RECEPTION']).queue).toBe(
      undefined,
    );
  });

  it('reads every filter, and drops values that cannot be right instead of failing', () => {
    const filters = readWorkListFilters(
      {
        'trang-thai': 'PROCESSING',
        'thu-tuc': '1.001193',
        'qua-han': '1',
        'sap-den-han': '3',
        'tu-ngay': '2026-11-01',
        'den-ngay': '2026-11-30',
        q: ' Nguyễn ',
        'cua-toi': '1',
        trang: '2',
      },
      ['SPECIALIST'],
    );
    expect(filters).toEqual({
      page: 2,
      status: 'PROCESSING',
      procedureCode: '1.001193',
      overdue: true,
      dueWithinDays: 3,
      receivedFrom: '2026-11-01',
      receivedTo: '2026-11-30',
      text: 'Nguyễn',
      mine: true,
    });
    expect(
      readWorkListFilters(
        {
          'trang-thai': 'DRAFT',
          'sap-den-han': '-1',
          'tu-ngay': '1/11/2026',
          trang: 'x',
          'cua-toi': '1',
        },
        ['RECEPTION'],
      ),
    ).toEqual({ page: 1 });
  });

  it('asks the API for the queue or the filters, soonest due first', () => {
    expect(apiQueryOf({ queue: 'specialist', page: 1 }, '2026-12-02')).toEqual({
      page: 1,
      limit: 20,
      sort: 'appointmentDate',
      status: 'PROCESSING',
      assignee: 'me',
    });
    expect(apiQueryOf({ page: 3, dueWithinDays: 5, text: 'An' }, '2026-12-30')).toEqual({
      page: 3,
      limit: 20,
      sort: 'appointmentDate',
      dueBefore: '2027-01-04',
      q: 'An',
    });
  });

  it('writes the filters back into an address, page included', () => {
    expect(workListHref('/can-bo/ho-so', { queue: 'leader', page: 1 }, 2)).toBe(
      '/can-bo/ho-so?hang=leader&trang=2',
    );
    expect(workListHref('/can-bo/ho-so', { page: 1 })).toBe('/can-bo/ho-so?tat-ca=1');
    expect(workListHref('/can-bo/ho-so', { page: 1, overdue: true, text: 'Lê Văn' })).toBe(
      '/can-bo/ho-so?qua-han=1&q=L%C3%AA+V%C4%83n',
    );
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
