/**
 * `init`이 쓰는 파일(src/init/template.ts)의 주석과 자리표시 값을 한국어로. en-init.ts와 같은 구조다.
 * YAML 키는 형식이므로 영어로 두고, 수준 이름과 id도 파일이 그대로 써야 하는 값이라 영어로 둔다.
 */
import type { templates as enTemplates } from "./en-init.js";

export const templates: typeof enTemplates = {
  consortium: {
    name: (p) => `${p.id} 컨소시엄`,
    summary: (p) => `TODO: ${p.id} 컨소시엄과 그 제안 내용을 몇 문장으로.`,
    lead: (p) => `TODO ${p.id}의 주관기관`,
    evidence: "TODO: 이 점수의 근거가 되는 사실.",
    head: (p) => [
      `평가표 "${p.rubric}"(${p.file})에 맞춘 새 컨소시엄 파일 (\`sovereign-ai init\`이 씀).`,
      "이대로도 검사를 통과함. TODO를 모두 사실로 바꾸고, 사실과 점수마다 근거가 되는 출처를 붙이세요.",
      '예: source: "my-source ¶3" (sources/ 폴더를 쓸 때, 출처 기록 sources/my-source.yaml의 3번째 문단).',
      "그다음 검사: sovereign-ai validate (모든 출처까지 요구하는 validate --strict도).",
    ],
    id: (p) => `파일 이름과 같아야 함: ${p.id}.yaml`,
    displayName: "표시 이름",
    nameKo: "name_ko: 한국어 이름    # 선택: 한국어 이름 (--lang ko와 --wide 표에 나옴)",
    lead_: [
      "주관기관. 그 유형(kind)이 컨소시엄의 유형이 됨 (telecom, platform, enterprise, conglomerate, startup, academia 등).",
      '출처가 생기면 source: "my-source ¶3"을 붙이세요.',
    ],
    members: [
      "참여기관, 한 줄에 하나씩. 예:",
      "members:",
      '  - { name: Example University, kind: academia, source: "my-source ¶3", note: 연구실 }',
    ],
    models: ["models:", '  - { name: Example-LM 7B, parameters_b: 7, from_scratch: true, openness: open-weight, source: "my-source ¶3" }'],
    services: ["services:", '  - { name: Example search, users: 1000000, source: "my-source #users" }'],
    scores: [
      "평가표의 평가 항목마다 점수 하나. value: 척도 위의 수(또는 수준 이름); range: 그럴듯한 [최저, 최고],",
      "근거가 불확실한 만큼 넓게; evidence: 그렇게 매긴 이유; source: 그 근거가 나오는 곳 (점수마다 하나씩).",
    ],
    criterion: (p) => `${p.label}: 가중치 ${p.weight} (총점의 ${p.share}); 점수는 ${p.min}에서 ${p.max}까지.`,
    levels: (p) => `수준 (이름 또는 수): ${p.list}.`,
    level: (p) => (p.ko ? `${p.name}(${p.ko}) = ${p.value}` : `${p.name} = ${p.value}`),
  },
  rubric: {
    description: (p) => `"${p.base}"(${p.file})을 바탕으로 한 시나리오. TODO: 무엇을 왜 바꾸는지 적으세요.`,
    head: (p) => [
      `시나리오 평가표 (\`sovereign-ai init\`이 "${p.base}"(${p.file})에서 만듦).`,
      "바탕 평가표와 평가 항목이 같아 모든 컨소시엄에 항목별 점수가 그대로 있으므로, 이대로도 검사를 통과함.",
      `가중치, 가점, 규칙을 바꾼 뒤 시험해 보세요: sovereign-ai score -r ${p.name}`,
    ],
    displayName: "표시 이름",
    criteria: [
      "weight: 상대 가중치, 0 이상; 합이 1이 되도록 정규화됨 (그래서 40/35/25 = 8/7/5).",
      "scale: 가장 낮은 점수와 가장 높은 점수; levels: 척도 위 값의 이름, 점수 대신 쓸 수 있음.",
      "평가 항목을 더하면 모든 컨소시엄에 그 항목의 점수를 더해야 함.",
    ],
    weight: (p) => `지금 총점의 ${p.share} (${p.label})`,
    bonus: "평가 항목의 점수가 min(수 또는 수준 이름)에 이르면 총점(0-100)에 더하는 가점.",
    selection: (p) => [
      "teams: 최대 선정 팀 수; strategy: rank-order(순위순) 또는 best-set(최적 조합). 선택 규칙 (README 참고):",
      "  min_total: 50                            # 총점이 이보다 낮은 팀은 선정하지 않음",
      `  gates: [{ criterion: ${p.first}, min: ${p.middle} }]   # 선정에 필요한 점수 (자격 요건)`,
      "  quotas: [{ name: start-ups, kinds: [startup], min: 1 }]",
      "  conflicts: { max_per_organisation: 1 }   # 한 기관이 참여한 팀은 최대 1팀만 선정",
      `  tie_break: [${p.first}]                  # 총점이 같을 때 가르는 평가 항목, 그다음 id`,
    ],
    simulation: "simulate 설정: weight_concentration이 클수록 모의실험의 가중치가 이 값에 가까움.",
  },
};
