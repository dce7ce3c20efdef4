// Drag-and-drop onto the window: an overlay while files or a link are dragged over it, and on
// drop each file opens (through the host, with progress for a long PDF) or the link opens as a
// URL. Drags that start inside the page (moving selected article text) are left alone.
import { useEffect, useState } from 'react';
import { mayOpen, readDrop } from '../commands/drop-payload';
import { openDropped } from '../commands/open-dropped';
import { useCommandContext } from './command-context';

export function DropZone() {
  const context = useCommandContext();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave pair up per element crossed; 0 means outside
    let internal = false;
    const accepts = (event: DragEvent) =>
      !internal && event.dataTransfer !== null && mayOpen([...event.dataTransfer.types]);
    const onDragStart = () => {
      internal = true;
    };
    const onDragEnd = () => {
      internal = false;
    };
    const onDragEnter = (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      depth++;
      setOver(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!accepts(event)) return;
      // Without this the drop is refused (and Electron would navigate to a dropped file).
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!accepts(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setOver(false);
      if (internal || !event.dataTransfer) return;
      event.preventDefault();
      void openDropped(context, readDrop(event.dataTransfer));
    };
    window.addEventListener('dragstart', onDragStart);
    window.addEventListener('dragend', onDragEnd);
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragstart', onDragStart);
      window.removeEventListener('dragend', onDragEnd);
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [context]);

  if (!over) return null;
  return (
    <div className="fm-drop-overlay" data-testid="drop-overlay">
      <div className="fm-drop-message">
        <span className="fm-drop-icon" aria-hidden="true">
          ⤓
        </span>
        Drop to open: a web page, PDF, Markdown or text file, or a link
      </div>
    </div>
  );
}
