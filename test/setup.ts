// Runs before each test file: the folders its tests made are removed when the file ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
