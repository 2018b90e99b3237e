/**
 * The State Council's holiday arrangements (国务院办公厅关于 YYYY 年部分节假日安排的通知), one
 * entry per year, transcribed from the notices on www.gov.cn. Each holiday is `[festival, first
 * day off, last day off]` (MM-DD, inclusive, within the year); `workdays` are the make-up working
 * days (调休上班), always a Saturday or Sunday.
 *
 * Statutory holiday days come from the 全国年节及纪念日放假办法; from 2025 it grants 13 days
 * instead of 11 (国务院令第797号, 2024-11-10): New Year's Eve of the lunar calendar (除夕) and
 * 2 May were added, which is why Spring Festival and Labour Day breaks are a day longer from 2025
 * on and why the 2025 notice says "元旦…不调休".
 *
 * To add a year: copy the notice's seven lines into a new entry, then run the cross-check test
 * (test/calendar/chinaOfficialCalendar.test.ts), which compares every day with `chinese-days`.
 */

/** One festival's break: name, first and last day off (MM-DD). */
export type HolidayBreak = readonly [festival: string, from: string, to: string];

/** One year's notice. */
export interface YearArrangement {
  /** The notice's document number (文号). */
  readonly notice: string;
  /** The breaks, in calendar order. */
  readonly holidays: readonly HolidayBreak[];
  /** Make-up working days (调休上班日), MM-DD. */
  readonly workdays: readonly string[];
}

/**
 * The State Council's published holiday arrangements (国务院办公厅关于部分节假日安排的通知), by
 * year: the data behind `chinaOfficialCalendar`, kept as data apart from the code that reads it.
 */
export const CHINA_OFFICIAL_ARRANGEMENTS: Readonly<Record<number, YearArrangement>> = {
  // 国办发明电〔2019〕16号 (2019-11-21), and 国办发明电〔2020〕1号 (2020-01-27, 关于延长2020年春节
  // 假期的通知): the Spring Festival break was extended from 30 Jan to 2 Feb (正月初九, Sunday),
  // so the make-up working day of Saturday 1 Feb was cancelled; work resumed on Monday 3 Feb.
  // Some provinces extended further (e.g. to 9 Feb); plug those in with defineHolidayCalendar.
  2020: {
    notice: '国办发明电〔2019〕16号; 国办发明电〔2020〕1号',
    holidays: [
      ['元旦', '01-01', '01-01'],
      ['春节', '01-24', '02-02'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-25', '06-27'],
      ['国庆节、中秋节', '10-01', '10-08'],
    ],
    workdays: ['01-19', '04-26', '05-09', '06-28', '09-27', '10-10'],
  },
  // 国办发明电〔2020〕27号 (2020-11-25).
  2021: {
    notice: '国办发明电〔2020〕27号',
    holidays: [
      ['元旦', '01-01', '01-03'],
      ['春节', '02-11', '02-17'],
      ['清明节', '04-03', '04-05'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-12', '06-14'],
      ['中秋节', '09-19', '09-21'],
      ['国庆节', '10-01', '10-07'],
    ],
    workdays: ['02-07', '02-20', '04-25', '05-08', '09-18', '09-26', '10-09'],
  },
  // 国办发明电〔2021〕11号 (2021-10-25). Saturday 31 Dec 2022 opens the 2023 New Year break.
  2022: {
    notice: '国办发明电〔2021〕11号',
    holidays: [
      ['元旦', '01-01', '01-03'],
      ['春节', '01-31', '02-06'],
      ['清明节', '04-03', '04-05'],
      ['劳动节', '04-30', '05-04'],
      ['端午节', '06-03', '06-05'],
      ['中秋节', '09-10', '09-12'],
      ['国庆节', '10-01', '10-07'],
      ['元旦', '12-31', '12-31'],
    ],
    workdays: ['01-29', '01-30', '04-02', '04-24', '05-07', '10-08', '10-09'],
  },
  // 国办发明电〔2022〕16号 (2022-12-08). New Year: 2022-12-31 to 2023-01-02.
  2023: {
    notice: '国办发明电〔2022〕16号',
    holidays: [
      ['元旦', '01-01', '01-02'],
      ['春节', '01-21', '01-27'],
      ['清明节', '04-05', '04-05'],
      ['劳动节', '04-29', '05-03'],
      ['端午节', '06-22', '06-24'],
      ['中秋节、国庆节', '09-29', '10-06'],
    ],
    workdays: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
  },
  // 国办发明电〔2023〕7号 (2023-10-25).
  2024: {
    notice: '国办发明电〔2023〕7号',
    holidays: [
      ['元旦', '01-01', '01-01'],
      ['春节', '02-10', '02-17'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-10', '06-10'],
      ['中秋节', '09-15', '09-17'],
      ['国庆节', '10-01', '10-07'],
    ],
    workdays: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  // 国办发明电〔2024〕12号 (2024-11-12), the first under 国务院令第797号.
  2025: {
    notice: '国办发明电〔2024〕12号',
    holidays: [
      ['元旦', '01-01', '01-01'],
      ['春节', '01-28', '02-04'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '05-31', '06-02'],
      ['国庆节、中秋节', '10-01', '10-08'],
    ],
    workdays: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  // 国办发明电〔2025〕7号 (2025-11-04).
  2026: {
    notice: '国办发明电〔2025〕7号',
    holidays: [
      ['元旦', '01-01', '01-03'],
      ['春节', '02-15', '02-23'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-19', '06-21'],
      ['中秋节', '09-25', '09-27'],
      ['国庆节', '10-01', '10-07'],
    ],
    workdays: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};
