import '@testing-library/jest-dom/vitest';
import { cleanup } from '@solidjs/testing-library';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';

// findBy…/waitFor wait for what a reader would wait for (a module loaded on first use, a timer): on a busy 2-core
// machine that can take longer than the library's 1 s default, and a test must not fail for that.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
