import type { EntityClass } from '@mikro-orm/core';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { Citation } from '../citation/citation.entity.js';
import { foldDecisionNumber } from '../common/fold.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { GateStatusChange } from '../gate/gate-status-change.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Observation } from '../observation/observation.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import type { Dataset } from './dataset.js';
import { citationTable, currentGateTypes, periodColumns, projectPivots, ref, type Row, rowIds } from './row-helpers.js';

/** Turns a validated dataset into table rows, all keyed by deterministic ids. */
export function toRows(data: Dataset) {
  const { provinces, id } = rowIds(data);
  const citations = citationTable(id.source);
  const statusChanges: Row[] = [];

  // The cited collections are mapped in this order, which numbers their citations.
  const tables: [EntityClass<object>, Row[]][] = [
    [SourceDocument, data.sources.map((r) => ({ ...r, id: id.source.get(r.key) }))],
    [Indicator, data.indicators.map((r) => ({ ...r, id: id.indicator.get(r.code) }))],
    [
      Province,
      citations.cited('Province', provinces, id.province, 'slug', (r, rowId) => ({
        ...r,
        id: rowId,
        formerCodes: r.formerCodes ?? [],
        mergedInto: ref(id.province, r.mergedInto),
      })),
    ],
    [
      PlanDecision,
      citations.cited('PlanDecision', data.decisions, id.decision, 'key', ({ period, ...r }, rowId) => ({
        ...r,
        ...periodColumns(period),
        id: rowId,
        numberFolded: r.number ? foldDecisionNumber(r.number) : null,
        province: ref(id.province, r.province),
        implements: ref(id.decision, r.implements),
      })),
    ],
    [
      EconomicZone,
      citations.cited('EconomicZone', data.economicZones, id.zone, 'slug', (r, rowId) => ({
        ...r,
        id: rowId,
        province: ref(id.province, r.province),
        partOf: ref(id.zone, r.partOf),
        establishedBy: ref(id.decision, r.establishedBy),
      })),
    ],
    [
      Breakthrough,
      citations.cited('Breakthrough', data.breakthroughs, id.breakthrough, 'key', ({ period, ...r }, rowId) => ({
        ...r,
        ...periodColumns(period),
        id: rowId,
        province: ref(id.province, r.province),
        decision: ref(id.decision, r.decision),
      })),
    ],
    [
      Target,
      citations.cited('Target', data.targets, id.target, 'key', ({ period, ...r }, rowId) => ({
        ...r,
        ...periodColumns(period),
        id: rowId,
        isAverage: r.isAverage ?? false,
        indicator: ref(id.indicator, r.indicator),
        province: ref(id.province, r.province),
        decision: ref(id.decision, r.decision),
      })),
    ],
    [
      Observation,
      citations.cited('Observation', data.observations, id.observation, 'key', ({ period, ...r }, rowId) => ({
        ...r,
        ...periodColumns(period),
        id: rowId,
        isAverage: r.isAverage ?? false,
        indicator: ref(id.indicator, r.indicator),
        province: ref(id.province, r.province),
        economicZone: ref(id.zone, r.economicZone),
      })),
    ],
    [
      Gate,
      citations.cited('Gate', data.gates, id.gate, 'slug', ({ typeHistory, ...r }, gateId) => {
        // A gate's type history becomes its own rows, cited after the gate itself.
        for (const { citations: changeCitations, period, ...change } of typeHistory) {
          const changeId = statusChanges.length + 1;
          statusChanges.push({ ...change, ...periodColumns(period), id: changeId, gate: gateId });
          citations.cite('GateStatusChange', changeId, changeCitations);
        }
        return {
          ...r,
          ...currentGateTypes(typeHistory),
          id: gateId,
          province: ref(id.province, r.province),
          partOf: ref(id.gate, r.partOf),
          economicZone: ref(id.zone, r.economicZone),
        };
      }),
    ],
    [GateStatusChange, statusChanges],
    [
      Project,
      citations.cited(
        'Project',
        data.projects,
        id.project,
        'slug', // The project's links to provinces, gates, breakthroughs and decisions go to the pivots below.
        ({ period, provinces: _p, gates: _g, breakthroughs: _b, decisions: _d, ...r }, rowId) => ({
          ...r,
          ...periodColumns(period),
          id: rowId,
          aliases: r.aliases ?? [],
          investment: r.investment ?? [],
        }),
      ),
    ],
    [
      Milestone,
      citations.cited('Milestone', data.milestones, id.milestone, 'key', ({ period, ...r }, rowId) => ({
        ...r,
        ...periodColumns(period),
        id: rowId,
        province: ref(id.province, r.province),
        decision: ref(id.decision, r.decision),
        project: ref(id.project, r.project),
        gate: ref(id.gate, r.gate),
      })),
    ],
    [Citation, citations.rows],
  ];

  return { tables, pivots: projectPivots(data.projects, id) };
}
