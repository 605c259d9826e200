// Golden en-US narratives of the seed tables (checked as of 2026-06-30): the exact text a user pastes.
import { describeSeedGoldens, type Golden } from './seedGoldens';

const GOLDEN: Record<string, Golden> = {
  SEED_000: [
    ['title', 'Progress: 钟楼区2026年上半年科技工作主要指标'],
    ['heading1', 'I. Overview'],
    [
      'body',
      'As of the end of June, of the 6 indicators for the year, 5 were on schedule, 1 was behind schedule.',
    ],
    ['heading1', 'II. Indicators by category'],
    ['heading2', '(a) Patents'],
    [
      'body',
      '专利申请量 reached 331, 55.2% of the annual target, up 37.9% year on year. Of which: 发明 65, 实用新型 156, 外观 110. 专利授权量 reached 204, 51.0% of the annual target, up 54.5% year on year. Of which: 发明 24, 实用新型 103, 外观 77.',
    ],
    ['heading2', '(b) High-tech enterprises'],
    ['body', '市创新型试点企业 reached 12, 80.0% of the annual target.'],
    ['heading2', '(c) Science and technology projects'],
    [
      'body',
      '申报省科技计划项目 reached 33, 82.5% of the annual target. 申报市级科技计划项目 reached 89, 89.0% of the annual target.',
    ],
    ['heading2', '(d) Training'],
    ['body', '知识产权培训 reached 550 person-times, 36.7% of the annual target.'],
    ['heading1', 'III. Problems and next steps'],
    [
      'body',
      '1 indicator is behind schedule: 知识产权培训 reached 36.7% of the annual target, below the expected progress of 50.0%.',
    ],
    [
      'body',
      'Next, we will focus on the lagging indicators (知识产权培训), analyse the causes one by one, assign clear responsibilities and speed up the work to meet the annual targets.',
    ],
  ],
  SEED_001: [
    ['title', 'Progress: 河口区2026年1-5月科技工作指标'],
    ['heading1', 'I. Overview'],
    [
      'body',
      'As of the end of June, of the 8 indicators for the year, 1 met the annual target, 4 were on schedule, 3 were behind schedule (1 severely).',
    ],
    ['heading1', 'II. Indicators by category'],
    ['heading2', '(a) Patents'],
    [
      'body',
      '发明专利申请量 reached 26, 43.3% of the annual target, up 62.5% year on year. 发明专利授权量 reached 6, 24.0% of the annual target, down 14.3% year on year.',
    ],
    ['heading2', '(b) High-tech enterprises'],
    [
      'body',
      '高新技术产业产值占规上工业总产值比重 stood at 49.64%, against an annual target of 50%. 市级科技型企业 reached 28, 93.3% of the annual target. 省级高新技术企业 reached 5, 62.5% of the annual target.',
    ],
    ['heading2', '(c) Science and technology projects'],
    ['body', '区级科技计划项目申报 reached 38, 95.0% of the annual target.'],
    ['heading2', '(d) Training'],
    ['body', '专利知识讲座 reached 2 sessions, 33.3% of the annual target.'],
    ['heading2', '(e) Other work'],
    ['body', '市级科技进步奖 reached 5, 100.0% of the annual target.'],
    ['heading1', 'III. Problems and next steps'],
    [
      'body',
      '3 indicators are behind schedule: 发明专利申请量 reached 43.3% of the annual target, below the expected progress of 50.0%; 发明专利授权量 reached 24.0% of the annual target, far below the expected progress of 50.0%; 专利知识讲座 reached 33.3% of the annual target, below the expected progress of 50.0%.',
    ],
    [
      'body',
      'Next, we will focus on the lagging indicators (发明专利申请量, 发明专利授权量, 专利知识讲座), analyse the causes one by one, assign clear responsibilities and speed up the work to meet the annual targets.',
    ],
  ],
  SEED_002: [
    ['title', 'First Half 2026: Progress on Science and Technology Indicators'],
    ['heading1', 'I. Overview'],
    [
      'body',
      'As of the end of June, of the 9 indicators for the year, 6 were on schedule, 2 were behind schedule, 1 had no annual target.',
    ],
    ['heading1', 'II. Indicators by category'],
    ['heading2', '(a) Patents'],
    [
      'body',
      '专利申请量 reached 4. Of which: 发明专利 1, 实用新型 3. 国家专利授权量 reached 8, 80.0% of the annual target.',
    ],
    ['heading2', '(b) High-tech enterprises'],
    [
      'body',
      '高新技术产值 reached RMB 150.14 million, 45.3% of the annual target, up 21.0% year on year. 高新技术增加值 reached RMB 82.85 million, 44.9% of the annual target, up 26.0% year on year.',
    ],
    ['heading2', '(c) Science and technology projects'],
    [
      'body',
      '申报市以上科技项目 reached 11, 55.0% of the annual target. Of which: 国家科技项目 3, 省科技计划项目 2, 市科技计划项目 5, 对口支援项目 2.',
    ],
    ['heading2', '(d) Training'],
    [
      'body',
      '科技培训 reached 214 sessions, 53.5% of the annual target. 培训人次 reached 33,700 person-times, 56.2% of the annual target.',
    ],
    ['heading2', '(e) Other work'],
    [
      'body',
      '科技示范村 reached 12, 80.0% of the annual target. 农村科技示范户 reached 1,020 households, 85.0% of the annual target.',
    ],
    ['heading1', 'III. Problems and next steps'],
    [
      'body',
      '2 indicators are behind schedule: 高新技术产值 reached 45.3% of the annual target, below the expected progress of 50.0%; 高新技术增加值 reached 44.9% of the annual target, below the expected progress of 50.0%.',
    ],
    [
      'body',
      'Next, we will focus on the lagging indicators (高新技术产值, 高新技术增加值), analyse the causes one by one, assign clear responsibilities and speed up the work to meet the annual targets.',
    ],
  ],
  SEED_003: [
    ['title', 'First Half 2026: Progress on Science and Technology Indicators'],
    ['heading1', 'I. Overview'],
    [
      'body',
      'As of the end of June, of the 2 indicators for the year, 2 had no annual target. 7 more indicators have invalid data; please check them.',
    ],
    ['heading1', 'II. Indicators by category'],
    ['heading2', '(a) Science and technology projects'],
    ['body', '推荐省级重点研究开发计划项目 reached 2. 省级科技特派团项目立项 reached 2.'],
    ['heading1', 'III. Next steps'],
    [
      'body',
      'Next, we will consolidate these results, keep tracking every indicator and make sure all annual targets are met.',
    ],
  ],
  SEED_004: [
    ['title', 'Progress: XX县2020年科技创新主要指标完成情况'],
    ['heading1', 'I. Overview'],
    [
      'body',
      'As of the end of June, of the 13 indicators for the year, 11 met the annual target, 2 were on schedule.',
    ],
    ['heading1', 'II. Indicators by category'],
    ['heading2', '(a) R&D investment'],
    [
      'body',
      '全社会科研投入 reached RMB 320 million, 106.7% of the annual target, up 77.0% year on year.',
    ],
    ['heading2', '(b) Patents'],
    [
      'body',
      '专利申请量 reached 206, 103.0% of the annual target, up 83.9% year on year. Of which: 发明专利 56, 112.0% of the annual target, up 86.7% year on year. 知识产权宣传活动 reached 4 times, 100.0% of the annual target.',
    ],
    ['heading2', '(c) High-tech enterprises'],
    [
      'body',
      '高新技术产值 reached RMB 7,500 million, 107.1% of the annual target, up 78.0% year on year. 高新技术增加值 reached RMB 1,720 million, 107.5% of the annual target, up 68.0% year on year.',
    ],
    ['heading2', '(d) Training'],
    ['body', '农村实用技术培训班 reached 4 sessions, 100.0% of the annual target.'],
    ['heading2', '(e) Other work'],
    [
      'body',
      '兑现科技创新奖励扶持资金 reached RMB 2.05 million, 102.5% of the annual target. 签订产学研合作协议 reached 3, 100.0% of the annual target. 技术交易额 reached about RMB 70 million, 87.5% of the annual target. 联合执法行动 reached 8 times, 133.3% of the annual target. 选派科技特派员 reached 20 people, 100.0% of the annual target. 发放宣传资料 reached about 3,000, 60.0% of the annual target.',
    ],
    ['heading1', 'III. Next steps'],
    [
      'body',
      'Next, we will consolidate these results, keep tracking every indicator and make sure all annual targets are met.',
    ],
  ],
};

describeSeedGoldens('en-US', GOLDEN);
