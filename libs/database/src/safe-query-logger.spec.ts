import { Logger } from '@nestjs/common';
import { SafeQueryLogger } from './safe-query-logger';

describe('SafeQueryLogger', () => {
  it('logs a failed query without its parameters', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new SafeQueryLogger(['error']).logQueryError(
      new Error('duplicate key value violates unique constraint'),
      'INSERT INTO users (national_id, full_name) VALUES ($1, $2)',
      ['001095012345', 'Nguyễn Văn An'],
    );
    const logged = JSON.stringify(error.mock.calls);
    expect(logged).toContain('duplicate key value');
    expect(logged).not.toContain('001095012345');
    expect(logged).not.toContain('Nguyễn Văn An');
    error.mockRestore();
  });
});
