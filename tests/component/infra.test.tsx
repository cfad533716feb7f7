import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { test, expect } from 'vitest';
import userEvent from '@testing-library/user-event';

function Counter() {
  const [n, setN] = createSignal(0);
  return <button onClick={() => setN(n() + 1)}>点了 {n()} 次</button>;
}
test('solid renders and reacts in jsdom', async () => {
  render(() => <Counter />);
  await userEvent.click(screen.getByRole('button'));
  expect(screen.getByRole('button')).toHaveTextContent('点了 1 次');
});
