// Global setup/teardown run outside Jest's module mapper: resolve @motcua/* like tsconfig does.
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../tsconfig.json';

register({ baseUrl: `${__dirname}/..`, paths: compilerOptions.paths });
