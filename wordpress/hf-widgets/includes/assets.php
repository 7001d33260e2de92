<?php
/**
 * The elements' scripts: one ES module per element, shipped in the plugin's assets/ folder (so
 * nothing is requested from another site) and enqueued only on pages that show that element.
 *
 * WordPress 6.1 has no script-module API (it came in 6.5), so the files are registered as
 * ordinary footer scripts and their tag is written with type="module"; that works the same on
 * 6.1 and on current WordPress.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'script_loader_tag', 'hf_widgets_module_tag', 10, 3 );

/**
 * The script handle of an element (`hf-widgets-hotline-banner`).
 *
 * @param string $element Element key.
 */
function hf_widgets_script_handle( $element ) {
	return 'hf-widgets-' . $element;
}

/**
 * Registers every element's script, and the style of the notes for editors; nothing is
 * printed until a widget enqueues it.
 */
function hf_widgets_register_scripts() {
	wp_register_style( 'hf-widgets-editor-styles', plugins_url( 'css/hf-widgets.css', HF_WIDGETS_FILE ), array(), HF_WIDGETS_VERSION );
	foreach ( hf_widgets_elements() as $element => $definition ) {
		wp_register_script(
			hf_widgets_script_handle( $element ),
			plugins_url( 'assets/' . $definition['script'], HF_WIDGETS_FILE ),
			array(),
			HF_WIDGETS_VERSION,
			true
		);
	}
}

/**
 * Enqueues an element's script: called while the widget renders.
 *
 * @param string $element Element key.
 */
function hf_widgets_enqueue_element( $element ) {
	wp_enqueue_script( hf_widgets_script_handle( $element ) );
}

/**
 * Writes the plugin's script tags as modules.
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function hf_widgets_module_tag( $tag, $handle, $src ) {
	$handles = array_map( 'hf_widgets_script_handle', array_keys( hf_widgets_elements() ) );
	if ( ! in_array( $handle, $handles, true ) ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
}
