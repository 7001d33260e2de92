<?php
/**
 * One block per element (hf-widgets/hotline-banner …), described by its block.json and
 * rendered on the server, so the fallback is in the page and Authors and Contributors need no
 * right to post scripts.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'enqueue_block_editor_assets', 'hf_widgets_enqueue_editor_previews' );

/**
 * Registers the editor script and the four blocks.
 */
function hf_widgets_register_blocks() {
	wp_register_script(
		'hf-widgets-editor',
		plugins_url( 'editor/blocks.js', HF_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		HF_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( 'hf-widgets-editor', 'window.hfWidgetsEditor = ' . wp_json_encode( hf_widgets_editor_data() ) . ';', 'before' );

	foreach ( array_keys( hf_widgets_elements() ) as $element ) {
		register_block_type(
			HF_WIDGETS_DIR . 'blocks/' . $element,
			array(
				'render_callback' => static function ( $attributes ) use ( $element ) {
					return hf_widgets_render_block( $element, $attributes );
				},
			)
		);
	}
}

/**
 * Renders a block: its camelCase attributes become the element's attributes (WordPress's own
 * block attributes, such as `lock`, are not the element's and are left out).
 *
 * @param string $element    Element key.
 * @param array  $attributes The block's attributes.
 */
function hf_widgets_render_block( $element, $attributes ) {
	$raw = array();
	foreach ( hf_widgets_elements()[ $element ]['attributes'] as $name => $rule ) {
		if ( array_key_exists( $rule['block'], $attributes ) ) {
			$raw[ $name ] = $attributes[ $rule['block'] ];
		}
	}
	return hf_widgets_render_element( $element, $raw, array( 'preview' => hf_widgets_is_editor_preview() ) );
}

/**
 * Whether this is the block editor's preview request (ServerSideRender adds hf_preview=1).
 */
function hf_widgets_is_editor_preview() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only switch for the preview's markup.
	return defined( 'REST_REQUEST' ) && REST_REQUEST && ! empty( $_GET['hf_preview'] );
}

/**
 * What the editor script needs from the server: the hotlines and groups of the document in
 * use, the languages, and its labels (translated here, so one .po serves PHP and JS).
 */
function hf_widgets_editor_data() {
	$site     = hf_widgets_site_document();
	$document = $site['document'] ?? array();
	$locale   = hf_widgets_language_of_locale( get_user_locale() );
	$hotlines = array();
	foreach ( $document['hotlines'] ?? array() as $line ) {
		$hotlines[] = array(
			'id'      => $line['id'],
			'label'   => hf_widgets_text( $line['name'], $locale ) . ' (' . $line['display'] . ')',
			'default' => ! isset( $line['showByDefault'] ) || false !== $line['showByDefault'],
		);
	}
	$groups = array();
	foreach ( $document['beneficiaries'] ?? array() as $group ) {
		$groups[] = array(
			'id'    => $group['id'],
			'label' => hf_widgets_text( $group['label'], $locale ),
		);
	}
	return array(
		'hotlines'    => $hotlines,
		'groups'      => $groups,
		'exitUrl'     => hf_widgets_settings()['exit_url'],
		'strings'     => hf_widgets_editor_strings(),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=hf-widgets' ) : '',
	);
}

/**
 * The editor's labels.
 *
 * @return array<string, string>
 */
function hf_widgets_editor_strings() {
	return array(
		'settings'          => __( 'Settings', 'hf-widgets' ),
		'hotlines'          => __( 'Hotlines to show', 'hf-widgets' ),
		'hotlinesHelp'      => __( 'None ticked: the lines the data shows by default.', 'hf-widgets' ),
		'quickExit'         => __( 'Quick exit', 'hf-widgets' ),
		'quickExitHelp'     => __( 'An "Exit this page" control, and Shift pressed three times, replace the page with the exit address.', 'hf-widgets' ),
		'exitUrl'           => __( 'Exit address', 'hf-widgets' ),
		'exitUrlHelp'       => __( 'A full address of another site. Empty: the site\'s default.', 'hf-widgets' ),
		'dismissible'       => __( 'Readers can hide the banner', 'hf-widgets' ),
		'rememberDismissal' => __( 'Remember that a reader hid it (stored in their browser)', 'hf-widgets' ),
		'position'          => __( 'Position', 'hf-widgets' ),
		'inline'            => __( 'In the text', 'hf-widgets' ),
		'top'               => __( 'Fixed at the top of the screen', 'hf-widgets' ),
		'bottom'            => __( 'Fixed at the bottom of the screen', 'hf-widgets' ),
		'compact'           => __( 'Compact (one line)', 'hf-widgets' ),
		'language'          => __( 'Language', 'hf-widgets' ),
		'siteLanguage'      => __( 'The site\'s language', 'hf-widgets' ),
		'english'           => __( 'English', 'hf-widgets' ),
		'serbianCyrillic'   => __( 'Serbian (Cyrillic)', 'hf-widgets' ),
		'serbianLatin'      => __( 'Serbian (Latin)', 'hf-widgets' ),
		'headingLevel'      => __( 'Heading level', 'hf-widgets' ),
		'theme'             => __( 'Colours', 'hf-widgets' ),
		'themeReader'       => __( 'Follow the reader\'s setting', 'hf-widgets' ),
		'themeLight'        => __( 'Light', 'hf-widgets' ),
		'themeDark'         => __( 'Dark', 'hf-widgets' ),
		'compactCard'       => __( 'Compact, with a "Show more" button', 'hf-widgets' ),
		'expanded'          => __( 'Start unfolded', 'hf-widgets' ),
		'chart'             => __( 'Chart', 'hf-widgets' ),
		'bar'               => __( 'Bars', 'hf-widgets' ),
		'donut'             => __( 'Donut', 'hf-widgets' ),
		'showTable'         => __( 'Always show the table', 'hf-widgets' ),
		'group'             => __( 'Group', 'hf-widgets' ),
		'allGroups'         => __( 'All groups', 'hf-widgets' ),
		'collapsed'         => __( 'Start with the groups folded', 'hf-widgets' ),
		'filter'            => __( 'Show the filter box', 'hf-widgets' ),
		'dataNote'          => __( 'The numbers and texts come from the site\'s data document (Settings → HF widgets).', 'hf-widgets' ),
	);
}

/**
 * In the editor the previews are the elements themselves: their scripts are loaded there too.
 * (The banner's quick exit is left off in previews: see hf_widgets_render_element().)
 */
function hf_widgets_enqueue_editor_previews() {
	wp_enqueue_style( 'hf-widgets-editor-styles' );
	foreach ( array_keys( hf_widgets_elements() ) as $element ) {
		hf_widgets_enqueue_element( $element );
	}
}
