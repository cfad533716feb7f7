/** The words inside a filing, licence or 公安 number (data for ./numbers.ts). */
export const NUMBER_WORDS = { filing: 'ICP备', licence: 'ICP证', police: '公网安备', end: '号' } as const;
