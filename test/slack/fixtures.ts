// Slack test fixtures: the SG17 mandate card from real WTSA-24 texts (copied from corpus/wtsa24-zh.txt) on the shared fake Assistant.
import type { Mandate } from '../../src/answer/types.js';
import type { ClauseRecord } from '../../src/corpus/types.js';
import { createFakeAssistant, type FakeAssistant } from '../api/fake-assistant.js';

const RES2_TITLE = '国际电联电信标准化部门研究组的工作范围和职权';

function record(fields: Partial<ClauseRecord> & Pick<ClauseRecord, 'id' | 'doc' | 'section' | 'text' | 'lines'>): ClauseRecord {
  return {
    docTitle: '',
    sectionIndex: 0,
    label: '',
    labelPath: [],
    parentId: null,
    refs: [],
    notes: [],
    ...fields,
  };
}

/** Res 2 Annex A Part 1, SG17 (corpus lines 320–405). */
export const SG17_AREA = record({
  id: '2#2.7', doc: '2', docTitle: RES2_TITLE, section: '附件A 第1部分', sectionIndex: 2, text: "ITU-T第17研究组\n安全\n在攻击面不断扩大且面临不平衡的威胁格局的背景下，ITU-T第17研究组负责制定国际标准以增强使用电信/ICT的信心、安全性和可信度方面的研究工作。\n通过ICT提供安全保障和确保ICT的安全均是ITU-T第17研究组的主要研究领域，同时认识到其他ITU-T研究组可在其职权范围内研究安全方面的问题。\n提高合规性要求以及加强ITU-T第17研究组与其它ITU-T研究组，以及其他标准制定组织（SDO）之间的持续协调，并要求采用全面变革性的方法考虑以下领域：\n安全模型、框架、架构和生命周期：这包括与网络安全、贯穿开发、部署和操作阶段的整体安全方法、受控安全业务和安全自动化等相关的研究。它尤其深入研究了安全模型，如网络基础设施的零信任，以及供应链安全，特别是关于软件的安全。\n网络安全和业务：这包括适应不断演进的威胁格局（有针对性的攻击和勒索软件）、了解新兴恶意软件类型的特性、解决和管理网络安全事件、确定安全要求、核心网络安全解决方案、交换威胁情报、打击垃圾信息、端点发现和响应，以及开发新的仿真和预测能力。它还包括业务及其组织，如网络安全中心、事件响应团队（IRT）和受控安全业务的发展。\n安全管理：这包括信息安全管理、身份解决方案和管理、认证机制和认证机制和电子生物特征识别，均受到新的和新兴安全技术的推动。\n其职责还包括为保护上网儿童研究适当的技术标准化解决方案。\n终端设备、边缘、网络、云和应用安全：这涉及在终端设备、边缘、网络、云、应用和业务背景下的安全，这一点至关重要。它考虑到了端点安全、智能设备和物联网（IoT）设备、从IMT-2020/5G及未来到IMT-2030/6G的网络、智能交通系统（ITS）等方面的安全，并延伸至车联网（V2X）通信和自动驾驶。此外，它亦考虑到有关智慧城市和社区、垂直业务（包括智能电网、智能工厂和数字卫生）、工业控制系统（ICS）、地面 – 卫星和卫星 – 卫星网络融合、卫星无线电导航业务（RNSS）、自动识别系统（AIS）、软件定义网络（SDN）、网络功能虚拟化（NFV）、互联网协议电视（IPTV）、网络业务、过顶业务（OTT）平台、元宇宙、数字孪生技术、云计算、网内计算、大数据分析和数字金融系统（DFS）等的多层面安全方法。\n数据保护技术：为了建立对使用电信/ICT的信心、安全性和可信度，ITU-T第17研究组深度涉及敏感数据的保护工作，包括保护个人可识别信息（PII）。这涉及有关数据保护的各种技术和操作方面问题，使用联邦学习、合成数据生成、差分隐私和数据屏蔽等，来确保PII的保密性、完整性和可用性。\n新的和新兴安全技术：这包括研究AI如何加强安全措施，如何实现AI系统和基于AI的应用的安全性以支持电信/ICT，如何应对AI进步助长的日益严峻的威胁格局（包括应对有关生成式AI的意外后果），基于量子的安全性（包括QKD和后量子加密（PQC）算法的使用）。它还考察了与DLT有关的安全方面问题，以及加密方案和协议的使用，例如同态算法、零知识证明和安全多方计算（MPC）。\n开放系统互连（OSI）和技术语言：ITU-T第17研究组还负责OSI的应用，包括管理号码簿和对象标识符，如公钥基础设施（PKI）和分布式PKI（DPKI）。它延申至解决技术语言问题，如抽象句法表示法一（ASN.1）和JavaScript对象表示法（JSON）的使用。确保采用适当的方法来应用这些系统并解决电信系统中与软件相关的问题是一个工作重点。此外，它还包括为支持一致性测试而致力于增强建议书。",
  lines: [320, 405], meta: { studyGroup: '17' },
});

/** Res 2 Annex A Part 2, SG17 lead roles (corpus lines 558–562). */
export const SG17_LEAD = record({
  id: '2#3.7', doc: '2', docTitle: RES2_TITLE, section: '附件A 第2部分', sectionIndex: 3, text: "第17研究组 有关安全的牵头研究组\n有关身份管理的牵头研究组\n有关号码簿、PKI、形式语言和对象标识符牵头研究组",
  lines: [558, 562], meta: { studyGroup: '17' },
});

/** Res 2 Annex C, SG17 Recommendation series (corpus lines 1484–1494). */
export const SG17_SERIES = record({
  id: '2#5.7', doc: '2', docTitle: RES2_TITLE, section: '附件C', sectionIndex: 5, text: "ITU-T第17研究组\nITU-T D.267（与第3研究组共同负责）\nITU-T E.104、ITU-T E.115、ITU-T E.409（与第2研究组共同负责）\nITU-T F.400系列；ITU-T F.500 – ITU-T F.549\nITU-T X系列，ITU-T第2、3、11、13、15和21研究组负责的建议书除外\nITU-T Z系列，ITU-T Z.300系列和ITU-T Z.500系列除外",
  lines: [1484, 1494], meta: { studyGroup: '17' },
});

/** The SG17 question list (corpus lines 12816–12849). */
export const SG17_QUESTIONS: ClauseRecord[] = ["A/17 安全标准化策略、孵化和协调 第1/17号课题的继续", "B/17 安全架构和网络安全 第2/17号课题的继续", "C/17 电信信息安全管理和安全服务 第3/17号课题的继续", "D/17 网络安全和打击垃圾邮件 第4/17号课题的继续", "E/17 电信服务和物联网（IoT）、数字孪生及元宇宙的安全 第6/17号课题的继续", "F/17 安全应用服务 第7/17号课题的继续", "G/17 云计算和大数据基础设施的安全 第8/17号课题的继续", "H/17 身份管理和远程生物识别的架构和机制 第10/17号课题的继续", "I/17 支持安全应用的通用技术 第11/17号课题的继续", "J/17 智能交通系统（ITS）和互联自动驾驶车辆（CAV）的安全 第13/17号课题的继续", "K/17 分布式账本技术（DLT）的安全 第14/17号课题的继续", "L/17 基于量子的安全性 第15/17号课题的继续"].map((text, i) =>
  record({
    id: `questions#7.${i}`, doc: 'questions', docTitle: '研究组课题', section: '第17研究组', sectionIndex: 7,
    label: text.split(' ')[0]!, text, lines: [12820 + 2 * i, 12820 + 2 * i], meta: { studyGroup: '17', questionId: text.split(' ')[0]! },
  }),
);

/** The first SG17 leadership rows (corpus lines 12348–12352). */
export const SG17_LEADERSHIP: ClauseRecord[] = [
  ['Arnaud先生 TADDEI', '英国', '主席', 'SG17 Arnaud先生 TADDEI 英国 主席'],
  ['亮先生 魏', '中国', '副主席', 'SG17 亮先生 魏 中国 副主席'],
  ['Preetika女士 SINGH', '印度', '副主席', 'SG17 Preetika女士 SINGH 印度 副主席'],
].map(([name, country, role, text], i) =>
  record({
    id: `leadership#8.${i}`, doc: 'leadership', docTitle: '研究组正副主席名单', section: 'SG17', sectionIndex: 8,
    text: text!, lines: [12348 + 2 * i, 12348 + 2 * i], meta: { studyGroup: '17', person: { name: name!, country: country!, role: role! } },
  }),
);

/** The SG17 mandate card as the real assistant builds it. */
export const SG17_MANDATE: Mandate = {
  group: '17', name: '第17研究组', title: '安全', areaOfStudy: SG17_AREA, leadRoles: SG17_LEAD, guidance: null,
  recommendationSeries: SG17_SERIES, questions: SG17_QUESTIONS, deletedQuestions: [], leadership: SG17_LEADERSHIP, termsOfReference: [],
};

/** The shared fake Assistant (test/api) with the full SG17 mandate card built from the real texts above. */
export function createSlackFakeAssistant(): FakeAssistant {
  const fake = createFakeAssistant();
  const otherGroups = fake.mandate;
  return Object.assign(fake, { mandate: (group: string): Mandate | null => (group === '17' ? SG17_MANDATE : otherGroups(group)) });
}
