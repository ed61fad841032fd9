import type { Extensions } from '@tiptap/core';
import { FigureNodeView } from './figure-node-view';
import { ImageInsertion } from './image-insertion';
import './figures.css';

/** Figure editing for the article body: the figure's view, and images by chooser, paste and drop. */
export const FigureEditing: Extensions = [FigureNodeView, ImageInsertion];
