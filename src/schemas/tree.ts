import { z } from 'astro/zod';
import { slugSchema } from './reference.ts';

/** A node or answer id: letters, digits, dashes and underscores (safe in `?tree=`). */
const treeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, dashes or underscores');

/** One answer to a question: a label and exactly one of `next`, `step` or `outcome`. */
export const treeAnswerSchema = z
  .strictObject({
    /** Optional stable id of the answer, used in `?tree=` state; defaults to its target. */
    id: treeIdSchema.optional(),
    /** The answer's text in this language. */
    label: z.string().trim().min(1, 'expected a non-empty answer label'),
    /** The id of the node this answer leads to. */
    next: treeIdSchema.optional(),
    /** The id of the step this answer leads to. */
    step: slugSchema.optional(),
    /** A short closing text, when the answer ends the walk without a step. */
    outcome: z.string().trim().min(1).optional(),
  })
  .refine((a) => [a.next, a.step, a.outcome].filter((v) => v !== undefined).length === 1, {
    message: 'expected exactly one of next, step or outcome',
  });

/** One question of the decision tree. */
export const treeNodeSchema = z.strictObject({
  /** The node's id, the same in every language. */
  id: treeIdSchema,
  /** The question in this language. */
  question: z.string().trim().min(1, 'expected a non-empty question'),
  /** The possible answers, at least one. */
  answers: z.array(treeAnswerSchema).min(1, 'expected at least one answer'),
});

/** A decision tree: where it starts and its questions. */
export const treeSchema = z.strictObject({
  /** The id of the first question. */
  start: treeIdSchema,
  /** The questions, each with its answers. */
  nodes: z.array(treeNodeSchema).min(1, 'expected at least one node'),
});

/** A tree answer as validated. */
export type TreeAnswer = z.infer<typeof treeAnswerSchema>;
/** A tree node as validated. */
export type TreeNode = z.infer<typeof treeNodeSchema>;
/** A decision tree as validated. */
export type Tree = z.infer<typeof treeSchema>;
