import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { articleFieldTyping } from '../typography/article-typography';
import { pageAssetToken } from './asset-url';
import { createFigureView } from './figure-view';

/**
 * Gives the shared `figure` node its editing view. A plugin's `nodeViews` prop, rather than a
 * second `figure` extension, keeps one node of that name in the list.
 */
export const FigureNodeView = Extension.create({
  name: 'figureNodeView',

  addProseMirrorPlugins() {
    const assetToken = pageAssetToken();
    return [
      new Plugin({
        key: new PluginKey('figureNodeView'),
        props: {
          nodeViews: {
            figure: (node, view, getPos) =>
              createFigureView(node, view, getPos, {
                assetToken,
                correctTyping: articleFieldTyping,
              }),
          },
        },
      }),
    ];
  },
});
